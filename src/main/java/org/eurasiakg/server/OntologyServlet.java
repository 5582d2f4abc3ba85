package org.eurasiakg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eurasiakg.docs.OntologyDocs;
import org.eurasiakg.vocab.EKG.Graphs;

/**
 * {@code /ontology}, the path of the ontology's IRI: the documentation page for a browser
 * (text/html), the ontology graph in Turtle, JSON-LD, RDF/XML or N-Triples for anything else.
 * The page is made once: the store a server holds does not change.
 */
final class OntologyServlet extends HttpServlet {
    public static final String PATH = "/ontology";

    private final transient DatasetGraph dsg;
    private volatile String page;

    OntologyServlet(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = RdfNegotiation.choose(request, true);
        if (!type.equals(RdfNegotiation.HTML)) {
            Graph ontology = Txn.calculateRead(dsg, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                Graph g = dsg.getGraph(Graphs.ONTOLOGY);
                copy.getPrefixMapping().setNsPrefixes(g.getPrefixMapping());
                g.find().forEach(copy::add);
                return copy;
            });
            RdfNegotiation.write(response, ontology, type);
            return;
        }
        byte[] html = page().getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Vary", "Accept");
        response.setContentLength(html.length);
        response.getOutputStream().write(html);
    }

    /** The HTML documentation (also what another route may serve for text/html). */
    String page() {
        String p = page;
        if (p == null) {
            p = Txn.calculateRead(dsg, () -> OntologyDocs.render(dsg.getGraph(Graphs.ONTOLOGY), dsg.getUnionGraph()));
            page = p;
        }
        return p;
    }
}
