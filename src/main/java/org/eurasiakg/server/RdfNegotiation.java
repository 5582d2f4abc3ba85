package org.eurasiakg.server;

import java.io.IOException;
import java.io.OutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;

/** Picks the RDF syntax a client asked for (Turtle when it did not say) and writes a graph in it. */
final class RdfNegotiation {
    static final String HTML = "text/html";
    private static final AcceptList RDF = AcceptList.create(
            "text/turtle", "application/ld+json", "application/rdf+xml", "application/n-triples");
    private static final AcceptList RDF_OR_HTML = AcceptList.create(
            "text/turtle", HTML, "application/xhtml+xml", "application/ld+json", "application/rdf+xml",
            "application/n-triples");

    private RdfNegotiation() {}

    /** The media type to answer with: one of the RDF syntaxes or, if {@code html} is offered, HTML. */
    static String choose(HttpServletRequest request, boolean html) {
        String header = request.getHeader("Accept");
        if (header == null || header.isBlank())
            return "text/turtle";
        MediaType chosen = AcceptList.match(new AcceptList(header), html ? RDF_OR_HTML : RDF);
        if (chosen == null)
            return "text/turtle";
        String type = chosen.getContentTypeStr();
        return type.equals("application/xhtml+xml") ? HTML : type;
    }

    static void write(HttpServletResponse response, Graph graph, String mediaType) throws IOException {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        RDFFormat format = lang.equals(Lang.TURTLE) ? RDFFormat.TURTLE_PRETTY
                : lang.equals(Lang.RDFXML) ? RDFFormat.RDFXML_PRETTY
                : lang.equals(Lang.JSONLD) ? RDFFormat.JSONLD11_PRETTY
                : RDFFormat.NTRIPLES;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(mediaType);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Vary", "Accept");
        OutputStream out = response.getOutputStream();
        RDFDataMgr.write(out, graph, format);
        out.flush();
    }
}
