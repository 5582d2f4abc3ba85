package org.eurasiakg.server.pages;

import java.util.List;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

/**
 * Content negotiation as the W3C "Cool URIs for the Semantic Web" note describes it: a page for
 * people (text/html), the description in RDF for programs; anything else is 406.
 */
final class Negotiation {
    /** What a resource can be had as, and the extension of the document that holds it. */
    enum Format {
        HTML("text/html", null, null),
        TURTLE("text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
        JSONLD("application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
        NTRIPLES("application/n-triples", "nt", RDFFormat.NTRIPLES),
        RDFXML("application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY);

        final String mediaType;
        final String extension;
        final RDFFormat rdf;

        Format(String mediaType, String extension, RDFFormat rdf) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.rdf = rdf;
        }

        Lang lang() { return rdf == null ? null : rdf.getLang(); }

        static Format ofExtension(String ext) {
            for (Format f : values())
                if (ext.equals(f.extension))
                    return f;
            return null;
        }
    }

    static final List<Format> RDF = List.of(Format.TURTLE, Format.JSONLD, Format.NTRIPLES, Format.RDFXML);

    /** People first: a client that accepts anything gets the page. */
    private static final AcceptList OFFERS = AcceptList.create("text/html", "application/xhtml+xml",
            "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml");

    private Negotiation() {}

    /** The best format for an Accept header, or null when none is acceptable (406). */
    static Format choose(String accept) {
        if (accept == null || accept.isBlank())
            return Format.HTML;
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException malformed) {
            return Format.HTML;
        }
        if (chosen == null)
            return null;
        String type = chosen.getContentTypeStr();
        if (type.equals("application/xhtml+xml"))
            return Format.HTML;
        for (Format f : Format.values())
            if (f.mediaType.equals(type))
                return f;
        return null;
    }

    static String supported() {
        StringBuilder b = new StringBuilder();
        for (Format f : Format.values())
            b.append(f.mediaType).append('\n');
        return b.toString();
    }
}
