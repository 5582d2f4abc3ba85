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
import org.eurasiakg.server.pages.OntologyPage;
import org.eurasiakg.server.pages.PageCache;
import org.eurasiakg.server.pages.Respond;
import org.eurasiakg.vocab.EKG.Graphs;
import org.eurasiakg.vocab.Prefixes;

/**
 * {@code /ontology}, the path of the ontology's IRI: the ontology graph in Turtle, JSON-LD, RDF/XML
 * or N-Triples, or its documentation page for a browser (text/html).
 */
final class OntologyServlet extends HttpServlet {
    public static final String PATH = "/ontology";

    private final transient DatasetGraph dsg;
    /** The page as it reads at each path, for the build of the store being served. */
    private final PageCache<String> pages = new PageCache<>(4);
    /** The ontology in each RDF syntax, for the same build: writing 4,000 triples costs more than the page. */
    private final PageCache<byte[]> files = new PageCache<>(8);

    OntologyServlet(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Negotiation.Format format = Negotiation.choose(request.getHeader("Accept"), Negotiation.DATA_FIRST);
        if (format == null) {
            Negotiation.notAcceptable(response, "The ontology", Negotiation.DATA_FIRST);
            return;
        }
        if (format != Negotiation.Format.HTML) {
            byte[] written = files.get(dsg, format.name(), () -> Txn.calculateRead(dsg, () -> {
                Graph copy = GraphFactory.createDefaultGraph();
                copy.getPrefixMapping().setNsPrefixes(Prefixes.ALL);
                dsg.getGraph(Graphs.ONTOLOGY).find().forEach(copy::add);
                return Negotiation.bytes(copy, format);
            }));
            Negotiation.write(response, written, format);
            return;
        }
        response.setHeader("Vary", "Accept");
        Respond.html(response, HttpServletResponse.SC_OK, page(request.getServletPath()));
    }

    /** The documentation, as it reads at {@code path} ("/ontology" or "/ontology/": its links are relative). */
    String page(String path) {
        return pages.get(dsg, path, () -> Txn.calculateRead(dsg,
                () -> OntologyPage.render(dsg.getGraph(Graphs.ONTOLOGY), dsg.getUnionGraph(), path)));
    }
}
