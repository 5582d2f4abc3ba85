package org.eurasiakg.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * What a Linked Data client follows: every {@code Location} made absolute (from the request's URL,
 * or {@code --public-base}), and on a resource's 303 and on its page a {@code Link: <…>;
 * rel="describedby"} to its description in each RDF syntax.
 */
final class LinkedDataHeaders implements Filter {
    /** The descriptions of a resource: extension under /data/ and media type. */
    static final List<String[]> DESCRIPTIONS = List.of(new String[] {"ttl", "text/turtle"},
            new String[] {"jsonld", "application/ld+json"}, new String[] {"nt", "application/n-triples"},
            new String[] {"rdf", "application/rdf+xml"});

    private final String publicBase;

    LinkedDataHeaders(String publicBase) { this.publicBase = publicBase; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Headed headed = new Headed(request, (HttpServletResponse) resp);
        chain.doFilter(req, headed);
        headed.finish();
    }

    private final class Headed extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private final String base;
        private final String path;
        private boolean linked;

        Headed(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
            this.base = SiteBase.of(request, publicBase);
            this.path = request.getRequestURI().substring(request.getContextPath().length());
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Location".equalsIgnoreCase(name) ? absolute(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, "Location".equalsIgnoreCase(name) ? absolute(value) : value);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(absolute(location));
        }

        private String absolute(String location) {
            if (location == null)
                return null;
            try {
                return URI.create(request.getRequestURL().toString()).resolve(location).toString();
            } catch (IllegalArgumentException e) {
                return location;
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            finish();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            finish();
            return super.getWriter();
        }

        /** Before the first byte, or at the end for a bodiless answer: the describedby links, where they apply. */
        void finish() {
            if (linked || isCommitted())
                return;
            linked = true;
            String resource = null;
            if (getStatus() == SC_SEE_OTHER && String.valueOf(getHeader("Location")).startsWith(base)) {
                String target = getHeader("Location").substring(base.length());
                if (target.startsWith("page/") || target.startsWith("data/"))
                    resource = path.substring(1);
            } else if (getStatus() == SC_OK && path.startsWith("/page/"))
                resource = path.substring("/page/".length());
            if (resource == null || resource.isEmpty())
                return;
            for (String[] d : DESCRIPTIONS)
                addHeader("Link", "<" + base + "data/" + resource + "." + d[0] + ">; rel=\"describedby\"; type=\"" + d[1] + "\"");
            if (getStatus() == SC_SEE_OTHER && !"*".equals(getHeader("Access-Control-Allow-Origin")) && request.getHeader("Origin") != null)
                setHeader("Access-Control-Allow-Origin", "*");
        }
    }
}
