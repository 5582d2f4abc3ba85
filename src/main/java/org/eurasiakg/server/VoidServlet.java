package org.eurasiakg.server;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.eurasiakg.server.pages.Negotiation;
import org.eurasiakg.vocab.EKG;
import org.eurasiakg.vocab.EKG.Graphs;

/**
 * {@code /.well-known/void}: the VoID + DCAT description that the build wrote into its own graph,
 * in Turtle, or JSON-LD, RDF/XML or N-Triples by Accept. The places it names to reach the data (the
 * SPARQL endpoint, the dumps, the landing page) are given on this server, from
 * {@code --public-base} or the request's URL, so a client that follows them gets there; each dump
 * is given with its size and SHA-256, from the files {@link Dumps} serves.
 */
final class VoidServlet extends HttpServlet {
    public static final String PATH = "/.well-known/void";
    private static final String VOID = "http://rdfs.org/ns/void#";
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static final String SPDX = "http://spdx.org/rdf/terms#";
    /** The properties whose values are places to go, not names. */
    private static final Set<Node> ACCESS = Set.of(uri(VOID + "sparqlEndpoint"), uri(VOID + "dataDump"),
            uri(DCAT + "endpointURL"), uri(DCAT + "downloadURL"), uri(DCAT + "accessURL"), uri(DCAT + "landingPage"),
            uri("http://xmlns.com/foaf/0.1/homepage"));
    private static final Node DOWNLOAD = uri(DCAT + "downloadURL");

    private final transient DatasetGraph dsg;
    private final transient Dumps dumps;
    private final String publicBase;

    VoidServlet(DatasetGraph dsg, Dumps dumps, String publicBase) {
        this.dsg = dsg;
        this.dumps = dumps;
        this.publicBase = publicBase;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String base = SiteBase.of(request, publicBase);
        Graph stored = Txn.calculateRead(dsg, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(Graphs.VOID).find().forEach(copy::add);
            return copy;
        });
        if (stored.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "this store has no VoID description: rebuild it");
            return;
        }
        Graph description = GraphFactory.createDefaultGraph();
        description.getPrefixMapping().setNsPrefixes(VoidPrefixes.MAP).setNsPrefix("spdx", SPDX);
        stored.find().forEach(t -> description.add(ACCESS.contains(t.getPredicate()) ? Triple.create(t.getSubject(),
                t.getPredicate(), onThisServer(t.getObject(), base)) : t));
        checksums(description, dumps.current(), base);
        Negotiation.Format format = Negotiation.choose(request.getHeader("Accept"), Negotiation.RDF);
        if (format == null)
            Negotiation.notAcceptable(response, "The description of this dataset", Negotiation.RDF);
        else
            Negotiation.write(response, description, format);
    }

    /** An IRI under the dataset's namespace, as the URL of the same path on this server. */
    private static Node onThisServer(Node place, String base) {
        if (!place.isURI() || !place.getURI().startsWith(EKG.BASE))
            return place;
        return uri(base + place.getURI().substring(EKG.BASE.length()));
    }

    /** Every distribution whose download is one of the dumps: its size and its SHA-256 (DCAT 3's spdx:checksum). */
    private static void checksums(Graph description, Map<String, Dumps.Dump> files, String base) {
        List<Triple> downloads = description.find(Node.ANY, DOWNLOAD, Node.ANY).toList();
        for (Triple t : downloads) {
            if (!t.getObject().isURI() || !t.getObject().getURI().startsWith(base + "release/"))
                continue;
            Dumps.Dump dump = files.get(t.getObject().getURI().substring((base + "release/").length()));
            if (dump == null)
                continue;
            Node checksum = NodeFactory.createBlankNode();
            description.add(t.getSubject(), uri(SPDX + "checksum"), checksum);
            description.add(checksum, RDF.type.asNode(), uri(SPDX + "Checksum"));
            description.add(checksum, uri(SPDX + "algorithm"), uri(SPDX + "checksumAlgorithm_sha256"));
            description.add(checksum, uri(SPDX + "checksumValue"), NodeFactory.createLiteralDT(dump.sha256(), XSDDatatype.XSDhexBinary));
            description.add(t.getSubject(), uri(DCAT + "byteSize"), NodeFactory.createLiteralDT(Long.toString(dump.size()), XSDDatatype.XSDnonNegativeInteger));
        }
    }

    private static Node uri(String iri) { return NodeFactory.createURI(iri); }
}
