package org.eurasiakg.server;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.store.StoreGeneration;

/**
 * Validators for every answer made from the store: a strong {@code ETag} from the served build
 * (its generation), the server's code, and the representation (host, path, query string, content
 * type; Jetty's gzip adds its own suffix for the compressed form), {@code Last-Modified} the build
 * time, and {@code 304 Not Modified} when the client's copy is current. A tag once computed is
 * remembered per request shape, so a revalidation is answered before anything is rendered.
 */
final class HttpCaching implements Filter {
    /** The store can be rebuilt at any moment: every use revalidates, which costs a 304 and no rendering. */
    static final String STORE_CACHE = "public, no-cache";
    /** The site's own files change only with the server's code. */
    static final String FILES_CACHE = "public, max-age=3600";
    /** Answers that may differ between two runs on the same store: the web (SERVICE), the clock, random numbers, fresh ids. */
    private static final Pattern VOLATILE = Pattern.compile("(?i)\\bSERVICE\\b|\\b(NOW|RAND|UUID|STRUUID|BNODE)\\s*\\(");
    private static final int REMEMBERED = 4096;

    enum Policy { NONE, STORE, FILES }

    private record Known(String etag, String vary) {}

    private final DatasetGraph dsg;
    private final Map<String, Known> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Known> eldest) { return size() > REMEMBERED; }
    };

    HttpCaching(DatasetGraph dsg) { this.dsg = dsg; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        Policy policy = policy(request);
        if (policy == Policy.NONE) {
            chain.doFilter(req, resp);
            return;
        }
        StoreGeneration generation = StoreGeneration.of(dsg);
        Instant lastModified = CodeVersion.MODIFIED.isAfter(generation.modified()) ? CodeVersion.MODIFIED : generation.modified();
        String shape = generation.id() + ' ' + request.getHeader("Host") + ' ' + request.getRequestURI() + '?'
                + request.getQueryString() + ' ' + request.getHeader("Accept");
        Known k;
        synchronized (known) {
            k = known.get(shape);
        }
        if (k != null && Preconditions.notModified(request, k.etag(), lastModified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            validators(response, policy, k.etag(), lastModified);
            if (k.vary() != null)
                response.setHeader("Vary", k.vary());
            return;
        }
        Validated validated = new Validated(request, response, policy, generation, lastModified, shape);
        chain.doFilter(request, validated);
        validated.decide();
    }

    /** Which answers get validators: those made from the store (STORE) and the site's own files (FILES). */
    static Policy policy(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method))
            return Policy.NONE;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/static/") || (path.startsWith("/query/") && !path.endsWith(".json")) || path.equals("/favicon.ico") || path.equals("/robots.txt"))
            return Policy.FILES;
        if (path.startsWith(KgServer.DATASET + "/") || path.equals(KgServer.DATASET)) {
            String query = request.getParameter("query");
            return query != null && VOLATILE.matcher(query).find() ? Policy.NONE : Policy.STORE;
        }
        // the competency questions are files read at each request, and some go to the web (SERVICE)
        if (path.startsWith("/questions"))
            return Policy.NONE;
        if (path.equals("/") || path.equals("/search") || path.equals("/timeline") || path.startsWith("/page/")
                || path.startsWith("/data/") || path.equals(OntologyServlet.PATH) || path.equals(OntologyServlet.PATH + "/")
                || path.equals(VoidServlet.PATH) || path.equals(SiteMap.PATH))
            return Policy.STORE;
        return Policy.NONE;
    }

    private static void validators(HttpServletResponse response, Policy policy, String etag, Instant lastModified) {
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", Preconditions.httpDate(lastModified));
        response.setHeader("Cache-Control", policy == Policy.FILES ? FILES_CACHE : STORE_CACHE);
        response.setHeader("Pragma", null);
        response.setHeader("Expires", null);
    }

    /** Both lists of request headers an answer depends on (the page's Accept and gzip's Accept-Encoding), each once. */
    static String vary(String before, String added) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String list : new String[] {before, added})
            if (list != null)
                for (String n : list.split(","))
                    if (!n.isBlank())
                        names.add(n.trim());
        return String.join(", ", names);
    }

    static String etag(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                sha.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return '"' + HexFormat.of().formatHex(sha.digest(), 0, 12) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The response as the page or endpoint writes it, until the first byte: then, a 200 gets its
     * validators and becomes a bodiless 304 if the client's copy is current. The length is held
     * back until then, since a 304 has no body.
     */
    private final class Validated extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private final Policy policy;
        private final StoreGeneration generation;
        private final Instant lastModified;
        private final String shape;
        private long contentLength = -1;
        private boolean decided;
        private boolean validated;
        private boolean notModified;

        Validated(HttpServletRequest request, HttpServletResponse response, Policy policy, StoreGeneration generation,
                  Instant lastModified, String shape) {
            super(response);
            this.request = request;
            this.policy = policy;
            this.generation = generation;
            this.lastModified = lastModified;
            this.shape = shape;
        }

        void decide() {
            if (decided)
                return;
            decided = true;
            if (getStatus() == SC_OK) {
                String type = getContentType() == null ? "" : getContentType().toLowerCase(Locale.ROOT).replace(" ", "");
                String etag = etag(CodeVersion.ID, generation.id(), request.getHeader("Host"), request.getRequestURI(),
                        request.getQueryString(), type);
                validators((HttpServletResponse) getResponse(), policy, etag, lastModified);
                validated = true;
                synchronized (known) {
                    known.put(shape, new Known(etag, getHeader("Vary")));
                }
                if (Preconditions.notModified(request, etag, lastModified)) {
                    notModified = true;
                    super.setStatus(SC_NOT_MODIFIED);
                    return;
                }
            }
            if (contentLength >= 0)
                super.setContentLengthLong(contentLength);
        }

        @Override
        public void setContentLength(int len) { setContentLengthLong(len); }

        @Override
        public void setContentLengthLong(long len) {
            if (!decided)
                contentLength = len;
            else if (!notModified)
                super.setContentLengthLong(len);
        }

        @Override
        public void setHeader(String name, String value) {
            if (name.equalsIgnoreCase("Content-Length") && value != null)
                setContentLengthLong(Long.parseLong(value.trim()));
            else if (name.equalsIgnoreCase("Vary") && value != null)
                super.setHeader(name, vary(getHeader("Vary"), value));
            else if (!ownedHeader(name))
                super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (name.equalsIgnoreCase("Content-Length"))
                setHeader(name, value);
            else if (!ownedHeader(name))
                super.addHeader(name, value);
        }

        /** Once validated, the caching headers are this filter's: a servlet's "no-cache, no-store" would undo them. */
        private boolean ownedHeader(String name) {
            return validated && (name.equalsIgnoreCase("Cache-Control") || name.equalsIgnoreCase("Pragma")
                    || name.equalsIgnoreCase("Expires"));
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            decide();
            return notModified ? NOTHING : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            decide();
            return notModified ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            decide();
            if (!notModified)
                super.flushBuffer();
        }
    }

    /** Where the body of a 304 goes. */
    private static final ServletOutputStream NOTHING = new ServletOutputStream() {
        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}

        @Override
        public boolean isReady() { return true; }

        @Override
        public void setWriteListener(WriteListener listener) {}
    };
}
