package org.eurasiakg.server.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Fuseki query editor (YASGUI) at {@code /query/}. The editor finds the server relative to
 * its own page ({@code $/server}, {@code $/ping}, {@code kg/sparql} beside {@code index.html}), so
 * those paths under {@code /query/} are passed on to the real ones, and to nothing else: what the
 * editor reaches is exactly the read-only endpoint. It keeps Fuseki's own page: no CSP of ours.
 */
final class QueryEditor {
    static final String PATH = "/query";
    private static final ClasspathFiles UI = new ClasspathFiles("webapp/");

    private QueryEditor() {}

    static boolean available() {
        return UI.get("index.html").isPresent();
    }

    /** Passes {@code /query/kg...} on to the dataset and {@code /query/$/...} to the server's own servlets. */
    static final class Alias implements Filter {
        private final String dataset;

        Alias(String dataset) { this.dataset = dataset; }

        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) req;
            String inside = insidePath(request);
            if (inside.equals(dataset) || inside.startsWith(dataset + "/")) {
                chain.doFilter(new Stripped(request), resp);
                return;
            }
            if (inside.equals("/$/server") || inside.equals("/$/ping")) {
                request.getRequestDispatcher(inside).forward(req, resp);
                return;
            }
            chain.doFilter(req, resp);
        }
    }

    /** The editor's own files. */
    static final class FilesServlet extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            String inside = insidePath(request);
            if (inside.isEmpty()) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", "query/");
                return;
            }
            String file = inside.equals("/") ? "index.html" : inside.substring(1);
            Optional<ClasspathFiles.File> f = UI.get(file);
            if (f.isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setStatus(HttpServletResponse.SC_OK);
            response.setContentType(f.get().contentType());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLength(f.get().bytes().length);
            try (OutputStream out = response.getOutputStream()) {
                out.write(f.get().bytes());
            }
        }
    }

    /** The path after {@code /query}, from the context's root. */
    private static String insidePath(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        return uri.startsWith(PATH) ? uri.substring(PATH.length()) : uri;
    }

    /** The same request, as if it had been made without the {@code /query} prefix. */
    private static final class Stripped extends HttpServletRequestWrapper {
        Stripped(HttpServletRequest request) { super(request); }

        @Override
        public String getRequestURI() {
            String uri = super.getRequestURI();
            String cp = getContextPath();
            return cp + uri.substring(cp.length() + PATH.length());
        }

        @Override
        public StringBuffer getRequestURL() {
            StringBuffer url = super.getRequestURL();
            int at = url.indexOf(getContextPath() + PATH, url.indexOf("//") + 2);
            if (at >= 0)
                url.delete(at + getContextPath().length(), at + getContextPath().length() + PATH.length());
            return url;
        }

        @Override
        public String getServletPath() {
            String sp = super.getServletPath();
            return sp.startsWith(PATH) ? sp.substring(PATH.length()) : sp;
        }
    }
}
