package org.eurasiakg.server.pages;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The human side of the server, mounted beside the SPARQL endpoint: the home page at {@code /},
 * a page for every IRI of the graph ({@code /id/…}, {@code /graph/…} and any other, by content negotiation),
 * search, questions in plain words ({@code /ask}), timeline, competency questions, and the query editor at {@code /query/}.
 * Everything reads the dataset; nothing writes.
 */
public final class Site {
    /** The paths the pages answer; {@code ""} is the root itself. */
    static final List<String> PATHS = List.of("", "/articles", "/search", "/ask", "/timeline", "/questions", "/questions/*",
            "/page/*", "/data/*", "/id/*", "/graph/*", "/static/*");

    private Site() {}

    public static void mount(FusekiServer.Builder builder, DatasetGraph dsg, SiteConfig config, String dataset) {
        PagesServlet pages = new PagesServlet(dsg, config);
        for (String path : PATHS)
            builder.addServlet(path, pages);
        builder.addFilter("/*", new DrainRequestBody());
        builder.addFilter("/*", new Dereference(dsg, pages, dataset));
        QueryEditor.mount(builder, dsg, config);
    }
}
