package org.eurasiakg.federation;

import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * A small, read-only SPARQL endpoint that stands in for a public one (Wikidata) in tests and
 * demonstrations: the data of one RDF file in memory, queried at {@code /NAME/sparql}. It makes
 * no SERVICE calls of its own.
 */
public final class StandInEndpoint {
    public static final String DEFAULT_NAME = "wikidata";

    private StandInEndpoint() {}

    /** Reads the file (Turtle, TriG, N-Triples...: by extension) into memory. */
    public static DatasetGraph load(Path file) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(dsg, file.toString());
        return dsg;
    }

    /** Builds (does not start) the server; port 0 picks a free port. */
    public static FusekiServer build(DatasetGraph data, String name, String host, int port) {
        data.getContext().set(ARQ.httpServiceAllowed, false);
        DataService service = DataService.newBuilder(data)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .build();
        FusekiServer server = FusekiServer.create()
                .port(port)
                .add("/" + name, service)
                .enablePing(true)
                .build();
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(host);
        return server;
    }

    /** The SPARQL endpoint URL of a started stand-in listening on {@code host}. */
    public static String sparqlUrl(FusekiServer server, String host, String name) {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shown + ":" + server.getPort() + "/" + name + "/sparql";
    }
}
