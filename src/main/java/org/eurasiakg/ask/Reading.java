package org.eurasiakg.ask;

import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * How kg ask understood a question: the resources it is about (hubs), the relation it asks for
 * (a property, read forwards from the hub or backwards to it), the statement context it names, and
 * the answers that reading gives (the nodes at the relation's other end). Score: how well it fits. Asserters:
 * the answer is who asserts the claim (disputers: who disputes it), not its object.
 */
record Reading(Set<Node> hubs, Node property, Set<Node> predicates, boolean forward, Node context,
               Set<Node> answers, double score, boolean asserters, boolean disputers) {}
