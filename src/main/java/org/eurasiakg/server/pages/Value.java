package org.eurasiakg.server.pages;

import org.apache.jena.graph.Node;

/** A node as a page shows it: a link to its page (here or elsewhere), a date at its precision, a literal, or a name. */
record Value(Kind kind, String text, String href, String datetime) {
    enum Kind { LINK, EXTERNAL, TIME, LITERAL, TEXT, MISSING }

    static final Value MISSING = new Value(Kind.MISSING, "(none)", null, null);

    static Value of(Node n, Labels labels, Links links) {
        if (n == null)
            return MISSING;
        if (n.isLiteral()) {
            String date = Dates.show(n);
            if (date != null)
                return new Value(Kind.TIME, date, null, Dates.machine(n));
            return new Value(Kind.LITERAL, n.getLiteralLexicalForm(), null, null);
        }
        String href = links.page(n);
        if (href == null)
            return text(labels.of(n));
        return new Value(Links.isOurs(n) ? Kind.LINK : Kind.EXTERNAL, labels.of(n), href, null);
    }

    static Value text(String text) {
        return new Value(Kind.TEXT, text, null, null);
    }

    static Value link(String text, String href) {
        return new Value(Kind.LINK, text, href, null);
    }
}
