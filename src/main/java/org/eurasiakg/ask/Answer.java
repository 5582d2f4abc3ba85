package org.eurasiakg.ask;

import java.util.List;

/**
 * What kg ask answers: the question, how it was read (in words), the SPARQL that gave the answers,
 * and the answers, each with every sentence that supports it. No answers: "no answer in the graph"
 * (or the reason the question could not be read, in {@code reading}).
 */
public record Answer(String question, String reading, String sparql, List<Found> answers, Confidence confidence) {

    /** A structured reading (a relation of the graph), a ranked one (statements ranked by their words), or none. */
    public enum Confidence { STRUCTURED, RANKED, NONE, UNREADABLE }

    /** One answer: a resource (iri and its label) or a value (with a label saying it in words). */
    public record Found(String label, String iri, String value, List<Evidence> evidence) {}

    /**
     * A sentence that supports an answer: the quote, the sentence it lies in, the article, its status and
     * asserter; and, for links to that place, the evidence anchor's IRI and the (first) sentence's.
     */
    public record Evidence(String quote, String sentence, String article, String status, String assertedBy,
                           String anchor, String sentenceIri) {}

    static Answer none(String question, String reading, Confidence confidence) {
        return new Answer(question, reading, null, List.of(), confidence);
    }
}
