package org.eurasiakg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * In front of the SPARQL endpoints ({@code /kg/*}): 406 for an {@code Accept} that names no format
 * the endpoint writes, where Fuseki would silently answer in its default format (CORS: {@link Cors}).
 */
final class QueryEndpointFilter implements Filter {
    /** Every result and RDF format the query and graph-store endpoints can write. */
    static final List<String> FORMATS = List.of(
            "application/sparql-results+json", "application/sparql-results+xml", "application/json", "application/xml",
            "text/csv", "text/tab-separated-values", "text/plain", "application/sparql-results+thrift",
            "application/sparql-results+protobuf", "text/turtle", "application/n-triples", "application/ld+json",
            "application/rdf+xml", "application/trig", "application/n-quads", "application/rdf+thrift",
            "application/rdf+protobuf", "application/x-turtle", "text/rdf+n3", "text/n3");

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if ("HEAD".equals(request.getMethod())) {
            // Fuseki refuses HEAD (405): it is run as a GET, and Jetty sends no body for a HEAD whatever is written
            request = new HttpServletRequestWrapper(request) {
                @Override
                public String getMethod() { return "GET"; }
            };
        }
        String accept = request.getHeader("Accept");
        if (("GET".equals(request.getMethod()) || "POST".equals(request.getMethod())) && !acceptable(accept)) {
            byte[] body = ("406 Not Acceptable: no format for Accept: " + oneLine(accept) + "; this endpoint writes "
                    + String.join(", ", FORMATS.subList(0, 10)) + ", ...\n").getBytes(StandardCharsets.UTF_8);
            response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
            response.setContentType("text/plain; charset=utf-8");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, resp);
    }

    /** True when there is no Accept, or one of its media ranges (with q above 0) matches a format. */
    static boolean acceptable(String accept) {
        if (accept == null || accept.isBlank())
            return true;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (type.isEmpty() || zeroQuality(parts))
                continue;
            if (type.equals("*/*") || type.equals("*"))
                return true;
            if (type.endsWith("/*")) {
                String major = type.substring(0, type.length() - 1);
                if (FORMATS.stream().anyMatch(f -> f.startsWith(major)))
                    return true;
            } else if (FORMATS.contains(type))
                return true;
        }
        return false;
    }

    private static boolean zeroQuality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2)) <= 0;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        return false;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("[\\r\\n\\t]+", " ");
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }
}
