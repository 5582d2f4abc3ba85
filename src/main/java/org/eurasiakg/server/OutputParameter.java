package org.eurasiakg.server;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * The {@code format=} / {@code output=} / {@code results=} parameters that SPARQLWrapper and other
 * clients send beside (or instead of) {@code Accept}: the name is read for the query's form (a
 * table for SELECT and ASK, a graph for CONSTRUCT and DESCRIBE) and becomes the request's Accept.
 * A name the form cannot give ({@code format=turtle} for a SELECT) is dropped and the Accept header
 * decides, as if the parameter had not been sent; Fuseki never sees the parameter.
 */
final class OutputParameter implements Filter {
    static final List<String> NAMES = List.of("format", "output", "results");

    private static final Map<String, String> TABLE = Map.ofEntries(
            Map.entry("json", "application/sparql-results+json"), Map.entry("srj", "application/sparql-results+json"),
            Map.entry("xml", "application/sparql-results+xml"), Map.entry("srx", "application/sparql-results+xml"),
            Map.entry("sparql", "application/sparql-results+xml"),
            Map.entry("csv", "text/csv"), Map.entry("tsv", "text/tab-separated-values"),
            Map.entry("application/sparql-results+json", "application/sparql-results+json"),
            Map.entry("application/json", "application/sparql-results+json"),
            Map.entry("application/sparql-results+xml", "application/sparql-results+xml"),
            Map.entry("application/xml", "application/sparql-results+xml"), Map.entry("text/xml", "application/sparql-results+xml"),
            Map.entry("text/csv", "text/csv"), Map.entry("text/tab-separated-values", "text/tab-separated-values"));

    private static final Map<String, String> GRAPH = Map.ofEntries(
            Map.entry("turtle", "text/turtle"), Map.entry("ttl", "text/turtle"), Map.entry("n3", "text/turtle"),
            Map.entry("text", "text/turtle"),
            Map.entry("rdf+xml", "application/rdf+xml"), Map.entry("rdf", "application/rdf+xml"),
            Map.entry("xml", "application/rdf+xml"), Map.entry("rdfxml", "application/rdf+xml"),
            Map.entry("json-ld", "application/ld+json"), Map.entry("jsonld", "application/ld+json"),
            Map.entry("json", "application/ld+json"),
            Map.entry("nt", "application/n-triples"), Map.entry("ntriples", "application/n-triples"),
            Map.entry("n-triples", "application/n-triples"),
            Map.entry("trig", "application/trig"), Map.entry("nq", "application/n-quads"), Map.entry("nquads", "application/n-quads"),
            Map.entry("n-quads", "application/n-quads"),
            Map.entry("text/turtle", "text/turtle"), Map.entry("application/x-turtle", "text/turtle"),
            Map.entry("text/n3", "text/turtle"), Map.entry("text/rdf+n3", "text/turtle"),
            Map.entry("application/rdf+xml", "application/rdf+xml"), Map.entry("application/xml", "application/rdf+xml"),
            Map.entry("application/ld+json", "application/ld+json"), Map.entry("application/json", "application/ld+json"),
            Map.entry("application/n-triples", "application/n-triples"), Map.entry("text/plain", "application/n-triples"),
            Map.entry("application/trig", "application/trig"), Map.entry("application/n-quads", "application/n-quads"));

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String named = null;
        for (String p : NAMES)
            if (named == null && request.getParameter(p) != null && !request.getParameter(p).isBlank())
                named = request.getParameter(p);
        if (named == null) {
            chain.doFilter(req, resp);
            return;
        }
        String type = mediaType(named, request.getParameter("query"));
        chain.doFilter(new Rewritten(request, type), resp);
    }

    /** The media type {@code name} stands for with this query's form, or null when the form cannot give it. */
    static String mediaType(String name, String queryText) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        int semicolon = key.indexOf(';');
        if (semicolon >= 0)
            key = key.substring(0, semicolon).trim();
        Boolean table = isTable(queryText);
        if (table == null)
            return TABLE.containsKey(key) && !GRAPH.containsKey(key) ? TABLE.get(key)
                    : GRAPH.containsKey(key) && !TABLE.containsKey(key) ? GRAPH.get(key) : null;
        return (table ? TABLE : GRAPH).get(key);
    }

    /** True for SELECT and ASK, false for CONSTRUCT and DESCRIBE, null when the query is not in the parameters or does not parse. */
    private static Boolean isTable(String queryText) {
        if (queryText == null)
            return null;
        try {
            Query q = QueryFactory.create(queryText, Syntax.syntaxARQ);
            return q.isSelectType() || q.isAskType();
        } catch (RuntimeException unparsable) {
            return null;
        }
    }

    /** The request with Accept set to {@code type} (unless null) and the output parameters gone. */
    private static final class Rewritten extends HttpServletRequestWrapper {
        private final String accept;

        Rewritten(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return accept != null && "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return accept != null && "Accept".equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept)) : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return NAMES.contains(name) ? null : super.getParameter(name);
        }

        @Override
        public String[] getParameterValues(String name) {
            return NAMES.contains(name) ? null : super.getParameterValues(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> m = new LinkedHashMap<>(super.getParameterMap());
            NAMES.forEach(m::remove);
            return Collections.unmodifiableMap(m);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
