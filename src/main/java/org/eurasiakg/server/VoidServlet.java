package org.eurasiakg.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.eurasiakg.server.pages.Negotiation;
import org.eurasiakg.vocab.EKG.Graphs;

/**
 * {@code /.well-known/void}: the VoID + DCAT description that the build wrote into its own graph,
 * in Turtle, or JSON-LD, RDF/XML or N-Triples by Accept.
 */
final class VoidServlet extends HttpServlet {
    public static final String PATH = "/.well-known/void";

    private final transient DatasetGraph dsg;

    VoidServlet(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Graph description = Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(Graphs.VOID).find().forEach(copy::add);
            return copy;
        });
        if (description.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "this store has no VoID description: rebuild it");
            return;
        }
        description.getPrefixMapping().setNsPrefixes(VoidPrefixes.MAP);
        Negotiation.Format format = Negotiation.choose(request.getHeader("Accept"), Negotiation.RDF);
        if (format == null)
            Negotiation.notAcceptable(response, "The description of this dataset", Negotiation.RDF);
        else
            Negotiation.write(response, description, format);
    }
}
