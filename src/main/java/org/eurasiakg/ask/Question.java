package org.eurasiakg.ask;

import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * A question as read: its stems, the kind of answer it asks for, the class its wh-noun names
 * ("which states": ekg:State and its synonyms; empty when none), the lexicon entries found in it, and how many of its
 * words nothing in the lexicon explains (and how many of those look like names: capitalised inside the question),
 * and the years it names ("the clash in 2022"), which the resource it is about must have. "Who says" asks for
 * whose claim it is, "who denied" for who disputes it.
 */
record Question(String text, List<String> stems, AnswerKind kind, Set<Node> answerClasses,
                List<Lexicon.Match> matches, int unexplained, int unexplainedNames, List<String> years, boolean asksWhoSays,
                boolean asksWhoDisputes) {

    List<Lexicon.Match> of(Lexicon.Kind kind) {
        return matches.stream().filter(m -> m.entry().kind() == kind).toList();
    }

    Set<Node> terms(Lexicon.Kind kind) {
        return of(kind).stream().map(m -> m.entry().term()).collect(java.util.stream.Collectors.toSet());
    }
}
