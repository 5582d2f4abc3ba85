package org.eurasiakg.server.pages;

import java.util.List;

/**
 * One or more statements as a page shows them: the other ends of the relation ({@code shown}; when
 * empty, the whole {@code summary}), their qualifiers, who they are attributed to when not the
 * author, a link to each statement, and each quote that supports them with the link to its place in
 * the article. Statements of one relation that share their quotes and qualifiers are shown as one,
 * so a quote naming six members is shown once, with the six.
 */
record ClaimView(List<Value> shown, Summary summary, Value asOf, List<Value> contexts, String status,
                 List<Value> attributedTo, List<Value> statements, List<Quote> quotes) {

    /** Subject, relation, object: the statement in one line. */
    record Summary(Value subject, String predicate, Value object) {}

    /** A quote, its place in the article, and which of several places it is. */
    record Quote(String text, String href, String occurrence) {}
}
