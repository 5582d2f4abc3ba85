package org.eurasiakg.server.pages;

import java.util.List;

/**
 * A statement as a page shows it: the other end of the relation ({@code shown}, or null to show the
 * whole {@code summary}), its qualifiers, who it is attributed to when not the author, and each
 * quote that supports it with the link to its place in the article.
 */
record ClaimView(Value shown, Summary summary, Value asOf, List<Value> contexts, String status,
                 List<Value> attributedTo, String statementHref, List<Quote> quotes) {

    /** Subject, relation, object: the statement in one line. */
    record Summary(Value subject, String predicate, Value object) {}

    /** A quote, its place in the article, and which of several places it is. */
    record Quote(String text, String href, String occurrence) {}
}
