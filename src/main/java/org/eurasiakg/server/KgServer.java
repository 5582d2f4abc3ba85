package org.eurasiakg.server;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;
import org.eurasiakg.server.pages.Site;
import org.eurasiakg.server.pages.SiteConfig;
import org.eurasiakg.store.ServedStore;

/**
 * Builds (does not start) the embedded Fuseki server: dataset {@code /kg}, read-only by
 * construction (query and graph-store read endpoints only: no update, upload or admin),
 * every query cut off at the timeout, the pages for people at {@code /} and the query editor at {@code /query/}.
 * Hardened against hostile requests (see docs/security.md): a result cap, a request size limit, 406 for
 * formats it cannot write, plain one-line errors without versions. For crawlers and browsers: validators
 * and 304s ({@link HttpCaching}), gzip, CORS on what programs read ({@link Cors}), describedby links,
 * the dumps VoID names ({@link Dumps}), a sitemap, robots.txt and a favicon.
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
                // CORS on what programs read (Cors), not Fuseki's on every path
                .enableCors(false)
                .addFilter("/*", new RequestGuard(config.maxRequestBytes()));
        if (dsg instanceof ServedStore served)
            builder.addFilter("/*", new OneStorePerRequest(served));
        Dumps dumps = new Dumps(dsg);
        builder.addFilter("/*", new Cors())
                .addFilter("/*", new LinkedDataHeaders(site.publicBase()))
                .addFilter("/*", new HttpCaching(dsg))
                .addFilter(Dumps.PATH + "*", dumps)
                .addFilter(DATASET + "/*", new OutputParameter())
                .addFilter(DATASET + "/*", new QueryEndpointFilter())
                .addFilter(DATASET + "/*", new SmallAnswersWhole())
                // SERVICE allow-list and the Service Description (GET without a query)
                .registerOperation(Operation.Query, new KgQueryService(config.servicePolicy(), config.maxResults()))
                .addServlet(VoidServlet.PATH, new VoidServlet(dsg, dumps, site.publicBase()))
                .addServlet(OntologyServlet.PATH, new OntologyServlet(dsg))
                .addServlet(OntologyServlet.PATH + "/", new OntologyServlet(dsg))
                .addServlet(SiteMap.PATH, new SiteMap(dsg, site.publicBase()))
                .addServlet(CrawlerFiles.ROBOTS, new CrawlerFiles(site.publicBase()))
                .addServlet(CrawlerFiles.FAVICON, new CrawlerFiles(site.publicBase()));
        // the pages for people, and the query editor at /query/
        Site.mount(builder, dsg, site, DATASET);
        FusekiServer server = builder.build();
        compress(server.getJettyServer());
        Hardening.apply(server.getJettyServer(), config.maxRequestBytes());
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc)
                sc.setHost(config.host());
        return server;
    }

    /** gzip for answers over 1 KB when the client accepts it; never the dumps, which are served as the files themselves. */
    private static void compress(Server jetty) {
        GzipHandler gzip = new GzipHandler();
        gzip.setMinGzipSize(1024);
        gzip.setIncludedMethods("GET", "POST");
        gzip.addExcludedPaths(Dumps.PATH + "*");
        gzip.setHandler(jetty.getHandler());
        jetty.setHandler(gzip);
    }
}
