package org.eurasiakg.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * CORS open to every origin on what programs read: the SPARQL endpoint, every RDF description
 * ({@code /data/…}, the 303s of {@code /id/…} and {@code /graph/…}), VoID, the ontology and the dumps.
 * Nothing here is private and no credentials are used, so any site's script may read it; the
 * only method beyond GET and HEAD is POST on the query endpoint, which cannot write either.
 * The pages for people send no CORS headers.
 */
final class Cors implements Filter {
    private static final String EXPOSED = "ETag, Last-Modified, Link, Location, Content-Location, "
            + KgQueryService.TRUNCATED;

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getHeader("Origin") == null || !forPrograms(path)) {
            chain.doFilter(req, resp);
            return;
        }
        boolean endpoint = path.equals(KgServer.DATASET) || path.startsWith(KgServer.DATASET + "/");
        response.setHeader("Access-Control-Allow-Origin", "*");
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", endpoint ? "GET, HEAD, POST, OPTIONS" : "GET, HEAD, OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, If-None-Match, If-Modified-Since");
            response.setHeader("Access-Control-Max-Age", "86400");
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        response.setHeader("Access-Control-Expose-Headers", EXPOSED);
        chain.doFilter(req, resp);
    }

    /** The paths that answer in RDF (or SPARQL results) for some Accept. */
    static boolean forPrograms(String path) {
        return path.equals(KgServer.DATASET) || path.startsWith(KgServer.DATASET + "/") || path.startsWith("/data/")
                || path.startsWith("/id/") || path.startsWith("/graph/") || path.equals(VoidServlet.PATH)
                || path.equals(OntologyServlet.PATH) || path.equals(OntologyServlet.PATH + "/") || path.startsWith(Dumps.PATH);
    }
}
