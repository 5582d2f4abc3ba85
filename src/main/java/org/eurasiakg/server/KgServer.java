package org.eurasiakg.server;

import java.net.URL;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * Builds (does not start) the embedded Fuseki server: dataset {@code /kg}, read-only by
 * construction (query and graph-store read endpoints only: no update, upload or admin),
 * every query cut off at the timeout, the query editor at {@code /}.
 */
public final class KgServer {
    public static final String DATASET = "/kg";

    private KgServer() {}

    public static FusekiServer build(DatasetGraph dsg, ServerConfig config) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(config.port())
                .add(DATASET, service)
                .enablePing(true)
                .enableStats(false)
                .enableMetrics(false)
                .enableTasks(false)
                .enableCompact(false)
                .addServlet("/$/server", new ServerDescription());
        String ui = queryEditorFiles();
        if (ui != null)
            builder.staticFileBase(ui);
        FusekiServer server = builder.build();
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(config.host());
        return server;
    }

    /** The Fuseki UI's files, from the jena-fuseki-ui jar on the classpath. */
    private static String queryEditorFiles() {
        URL index = KgServer.class.getClassLoader().getResource("webapp/index.html");
        if (index == null)
            return null;
        String s = index.toString();
        return s.substring(0, s.length() - "index.html".length());
    }
}
