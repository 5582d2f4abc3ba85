package org.eurasiakg.draft;

import java.util.List;

import org.apache.jena.graph.Node;

/**
 * What {@code kg draft} proposes for one text: its sentences, the mentions of known entities,
 * new-entity candidates, dates, durations and amounts, and candidate statements. Offsets are
 * Java string indices into {@link #text()}, end exclusive.
 */
public record Draft(String slug, String text, List<Sentence> sentences, List<Mention> mentions,
                    List<Candidate> candidates, List<Value> values, List<Proposal> proposals) {

    public record Sentence(int index, int start, int end) {
        boolean contains(int s, int e) { return start <= s && e <= end; }
    }

    /** A name of a known entity, or of a candidate, in the text. */
    public record Mention(Node entity, int start, int end, String how) {}

    /** A proper name the entity list does not know, with the type its cue words suggest (null: none). */
    public record Candidate(Node iri, String label, Node type, List<String> altLabels, List<Mention> mentions) {}

    /** Kinds of literal found in text. */
    public enum Kind { DATE, DURATION, NUMBER }

    /**
     * A date, duration or number as written ({@code start..end}) and normalised
     * ({@code literal}); {@code bound} is the property a bound cue gives a number
     * ({@code ekg:maxExclusive} for "under 4000"), or {@code ekg:startTime}/{@code ekg:endTime} for "since"/"until".
     */
    public record Value(Kind kind, int start, int end, Node literal, Node bound) {}

    /** A candidate statement in the seed form, with the span of its quote and a confidence in [0, 1]. */
    public record Proposal(Node subject, Node predicate, Node object, Node value, Node status, Node assertedBy,
                           int quoteStart, int quoteEnd, int sentence, double confidence) {}

    public String of(int start, int end) { return text.substring(start, end); }
}
