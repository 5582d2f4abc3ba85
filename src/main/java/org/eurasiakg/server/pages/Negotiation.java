package org.eurasiakg.server.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;

/**
 * Content negotiation for everything the server describes, pages and data alike, as the W3C
 * "Cool URIs for the Semantic Web" note has it: each resource offers some formats, the first being
 * what a client gets when it does not say (or says anything); a client none of them suits gets
 * 406 with the list.
 */
public final class Negotiation {
    /** What a resource can be had as, and the extension of the document that holds it. */
    public enum Format {
        HTML("HTML", "text/html", null, null),
        TURTLE("Turtle", "text/turtle", "ttl", RDFFormat.TURTLE_PRETTY),
        JSONLD("JSON-LD", "application/ld+json", "jsonld", RDFFormat.JSONLD11_PRETTY),
        NTRIPLES("N-Triples", "application/n-triples", "nt", RDFFormat.NTRIPLES),
        RDFXML("RDF/XML", "application/rdf+xml", "rdf", RDFFormat.RDFXML_PRETTY);

        final String title;
        final String mediaType;
        final String extension;
        final RDFFormat rdf;

        Format(String title, String mediaType, String extension, RDFFormat rdf) {
            this.title = title;
            this.mediaType = mediaType;
            this.extension = extension;
            this.rdf = rdf;
        }

        /** The Content-Type to answer with. */
        public String contentType() {
            return mediaType + (this == HTML || this == TURTLE || this == NTRIPLES ? "; charset=utf-8" : "");
        }

        static Format ofExtension(String ext) {
            for (Format f : values())
                if (ext.equals(f.extension))
                    return f;
            return null;
        }
    }

    /** The RDF syntaxes, Turtle first. */
    public static final List<Format> RDF = List.of(Format.TURTLE, Format.JSONLD, Format.NTRIPLES, Format.RDFXML);
    /** A thing with a page: people first, so a client that accepts anything gets the page. */
    public static final List<Format> PAGE_FIRST = List.of(Format.HTML, Format.TURTLE, Format.JSONLD, Format.NTRIPLES, Format.RDFXML);
    /** A vocabulary: programs first, yet a browser (which asks for text/html) gets the page. */
    public static final List<Format> DATA_FIRST = List.of(Format.TURTLE, Format.HTML, Format.JSONLD, Format.NTRIPLES, Format.RDFXML);

    private Negotiation() {}

    /** The best of {@code offers} for an Accept header; the first offer when there is none; null when none fits (406). */
    public static Format choose(String accept, List<Format> offers) {
        if (accept == null || accept.isBlank())
            return offers.get(0);
        List<String> types = new ArrayList<>();
        for (Format f : offers) {
            types.add(f.mediaType);
            if (f == Format.HTML)
                types.add("application/xhtml+xml");
        }
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), AcceptList.create(types.toArray(String[]::new)));
        } catch (RuntimeException malformed) {
            return offers.get(0);
        }
        if (chosen == null)
            return null;
        String type = chosen.getContentTypeStr();
        if (type.equals("application/xhtml+xml"))
            return Format.HTML;
        for (Format f : offers)
            if (f.mediaType.equals(type))
                return f;
        return null;
    }

    /** 406, saying which types there are. */
    public static void notAcceptable(HttpServletResponse response, String what, List<Format> offers) throws IOException {
        StringBuilder text = new StringBuilder("406 Not Acceptable: ").append(what).append(" is available as\n");
        for (Format f : offers)
            text.append(f.mediaType).append('\n');
        response.setHeader("Vary", "Accept");
        Respond.text(response, HttpServletResponse.SC_NOT_ACCEPTABLE, text.toString());
    }

    /** A graph in one RDF syntax. */
    public static void write(HttpServletResponse response, Graph graph, Format format) throws IOException {
        write(response, bytes(graph, format), format);
    }

    /** A graph already written in {@code format} (see {@link #bytes}). */
    public static void write(HttpServletResponse response, byte[] written, Format format) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(format.contentType());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Vary", "Accept");
        OutputStream out = response.getOutputStream();
        out.write(written);
        out.flush();
    }

    /** A graph in one RDF syntax, as bytes (to cache or to measure). */
    public static byte[] bytes(Graph graph, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, format.rdf);
        return out.toByteArray();
    }
}
