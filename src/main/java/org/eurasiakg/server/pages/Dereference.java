package org.eurasiakg.server.pages;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Every other IRI of the graph under {@code https://w3id.org/eurasia-kg/} ({@code /dataset},
 * {@code /release/…}) resolves at its own path too: a GET for a path that is no route of the
 * server but is the IRI of something in the graph is negotiated like {@code /id/…}. Paths of the
 * server's own routes are never taken over.
 */
final class Dereference implements Filter {
    private static final List<String> ROUTES = List.of("/$/", "/query", "/ontology", "/.well-known/", "/static/",
            "/page/", "/data/", "/search", "/timeline", "/questions", "/id/", "/graph/");

    private final DatasetGraph dsg;
    private final PagesServlet pages;
    private final String dataset;

    Dereference(DatasetGraph dsg, PagesServlet pages, String dataset) {
        this.dsg = dsg;
        this.pages = pages;
        this.dataset = dataset;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!("GET".equals(method) || "HEAD".equals(method)) || isRoute(path)) {
            chain.doFilter(req, resp);
            return;
        }
        String local = URLDecoder.decode(path.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        Node iri = Links.iriAt(local);
        boolean known = Txn.calculateRead(dsg, () -> {
            Graph g = dsg.getUnionGraph();
            return g.contains(iri, Node.ANY, Node.ANY) || g.contains(Node.ANY, Node.ANY, iri);
        });
        if (!known) {
            chain.doFilter(req, resp);
            return;
        }
        pages.thing(request, (HttpServletResponse) resp, local, new Links(path));
    }

    private boolean isRoute(String path) {
        if (path.equals("/") || path.isEmpty() || path.equals(dataset) || path.startsWith(dataset + "/"))
            return true;
        for (String r : ROUTES)
            if (path.startsWith(r))
                return true;
        return false;
    }
}
