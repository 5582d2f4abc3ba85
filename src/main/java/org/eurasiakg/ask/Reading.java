package org.eurasiakg.ask;

import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * How kg ask understood a question: the resources it is about (hubs), the relation it asks for
 * (a property, read forwards from the hub or backwards to it), the statement context it names, and
 * the answers that reading gives (the nodes at the relation's other end). Score: how well it fits. Asserters:
 * the answer is who asserts the claim (disputers: who disputes it), not its object. By type: no phrasing named the
 * relation; it is the named thing's only relation (or the one sharing most words with the question) to things of the
 * type asked for.
 */
record Reading(Set<Node> hubs, Node property, Set<Node> predicates, boolean forward, Node context,
               Set<Node> answers, double score, boolean asserters, boolean disputers,
               boolean byType) {}
