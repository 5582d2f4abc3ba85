package org.eurasiakg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eurasiakg.server.pages.Site;
import org.eurasiakg.server.pages.SiteConfig;
import org.eurasiakg.store.ServedStore;

/**
 * Builds (does not start) the embedded Fuseki server: dataset {@code /kg}, read-only by
 * construction (query and graph-store read endpoints only: no update, upload or admin),
 * every query cut off at the timeout, the pages for people at {@code /} and the query editor at {@code /query/}.
 * Hardened against hostile requests (see docs/security.md): a result cap, a request size limit, 406 for
 * formats it cannot write, CORS on the query endpoints only, plain one-line errors without versions.
 */
public final class KgServer {
    public static final String DATASET = "/kg";

    private KgServer() {}

    public static FusekiServer build(DatasetGraph dsg, ServerConfig config) {
        return build(dsg, config, SiteConfig.defaults().withQueryTimeout(config.queryTimeout()));
    }

    /** The server with the pages for people ({@code /}, {@code /id/…}, search, …) configured by {@code site}. */
    public static FusekiServer build(DatasetGraph dsg, ServerConfig config, SiteConfig site) {
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(config.queryTimeout().toMillis()));
        // SERVICE only to the allow-list, in this dataset's context: other servers in the JVM keep theirs
        config.servicePolicy().install(dsg.getContext());
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
                // CORS on the query endpoints only (QueryEndpointFilter), not Fuseki's on every path
                .enableCors(false)
                .addFilter("/*", new RequestGuard(config.maxRequestBytes()))
                .addFilter(DATASET + "/*", new QueryEndpointFilter())
                .addServlet("/$/server", new ServerDescription())
                // SERVICE allow-list and the Service Description (GET without a query)
                .registerOperation(Operation.Query, new KgQueryService(config.servicePolicy(), config.maxResults()))
                .addServlet(VoidServlet.PATH, new VoidServlet(dsg))
                .addServlet(OntologyServlet.PATH, new OntologyServlet(dsg))
                .addServlet(OntologyServlet.PATH + "/", new OntologyServlet(dsg));
        if (dsg instanceof ServedStore served)
            builder.addFilter("/*", new OneStorePerRequest(served));
        // the pages for people, and the query editor (Fuseki UI) at /query/
        Site.mount(builder, dsg, site, DATASET);
        FusekiServer server = builder.build();
        Hardening.apply(server.getJettyServer(), config.maxRequestBytes());
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(config.host());
        return server;
    }
}
