package org.eurasiakg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.federation.ServicePolicy;
import org.eurasiakg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The endpoint under requests meant to break it or make it leak: each gets a clear status and one
 * plain line, never a stack trace, a server version or a local file. (The query timeout: see
 * {@code KgServerTest.anExplosiveQueryIsCutOffAtTheTimeout}; escaping and the Content-Security-Policy
 * of pages: {@code LinkedDataTest}.)
 */
class HostileRequestsTest {
    private static final int MAX_RESULTS = 50;
    private static final long MAX_BYTES = 64 * 1024;

    @TempDir static Path tmp;
    static DatasetGraph dsg;
    static FusekiServer server;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() {
        Path data = tmp.resolve("data");
        CliRun run = CliRun.of("build", "--source", TestProjects.fixture(tmp).toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        dsg = new KgStore(data).open();
        ServerConfig config = new ServerConfig("127.0.0.1", 0, Duration.ofSeconds(5), ServicePolicy.defaults())
                .withLimits(MAX_RESULTS, MAX_BYTES);
        server = KgServer.build(dsg, config).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        KgStore.release(dsg);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getPort() + path;
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, HttpRequest.BodyPublisher body) throws Exception {
        // a fresh client: the server may answer before reading the body and close the connection
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", contentType)
                .POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A response read off a raw socket: the request line goes out exactly as written, no client tidies it. */
    record Raw(int status, Map<String, String> headers, String body) {}

    private static Raw raw(String method, String target, String... extraHeaders) throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.getPort())) {
            s.setSoTimeout(10_000);
            StringBuilder req = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
            for (String h : extraHeaders)
                req.append(h).append("\r\n");
            OutputStream out = s.getOutputStream();
            out.write(req.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            String[] head = text.substring(0, split).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), head[i].substring(colon + 1).trim());
            }
            return new Raw(Integer.parseInt(head[0].split(" ")[1]), headers, text.substring(split + 4));
        }
    }

    /** What no response may carry. */
    private static void revealsNothing(Map<String, String> headersLowerCase, String body) {
        assertThat(headersLowerCase).doesNotContainKey("server").doesNotContainKey("x-powered-by");
        assertThat(body).doesNotContain("\tat ").doesNotContain("Exception").doesNotContainIgnoringCase("jetty")
                .doesNotContain("root:x:0:0");
    }

    @Test
    void malformedSparqlIs400WithTheParsersMessage() throws Exception {
        HttpResponse<String> r = get("/kg/sparql?query=" + q("SELECT ?s WHERE { ?s ?p }"), "application/sparql-results+json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).startsWith("Parse error:").contains("line 1, column");
        assertThat(r.body().strip().lines()).hasSize(1);
    }

    @Test
    void anAcceptTheEndpointCannotWriteIs406() throws Exception {
        HttpResponse<String> r = get("/kg/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 1"), "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertThat(r.body()).startsWith("406 Not Acceptable").contains("application/sparql-results+json");
        for (String fine : new String[] {"*/*", "text/*", "application/sparql-results+json;q=0.9, image/png", "text/csv"})
            assertThat(get("/kg/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 1"), fine).statusCode()).as(fine).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIs413WithOrWithoutContentLength() throws Exception {
        String big = "SELECT * { ?s ?p \"" + "x".repeat((int) MAX_BYTES) + "\" }";
        HttpResponse<String> sized = post("/kg/query", "application/sparql-query", HttpRequest.BodyPublishers.ofString(big));
        assertThat(sized.statusCode()).isEqualTo(413);
        assertThat(sized.body()).startsWith("413 Payload Too Large");
        // a streamed body has no Content-Length: the size limit cuts it off as it comes
        HttpResponse<String> chunked = post("/kg/query", "application/sparql-query",
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))));
        assertThat(chunked.statusCode()).isEqualTo(413);
        HttpResponse<String> form = post("/kg/sparql", "application/x-www-form-urlencoded",
                HttpRequest.BodyPublishers.ofString("query=" + q(big)));
        assertThat(form.statusCode()).isEqualTo(413);
        revealsNothing(Map.of(), chunked.body() + sized.body() + form.body());
    }

    @Test
    void aResultLargerThanTheCapIsCutThereAndSaysSo() throws Exception {
        // TSV: one line a row (CSV may quote a line break of the article text)
        HttpResponse<String> r = get("/kg/sparql?query=" + q("SELECT * { ?s ?p ?o }"), "text/tab-separated-values");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body().lines().count() - 1).isEqualTo(MAX_RESULTS);
        assertThat(r.headers().firstValue(KgQueryService.TRUNCATED)).hasValueSatisfying(v -> assertThat(v).startsWith(MAX_RESULTS + " rows"));
        // a LIMIT above the cap is lowered to it; one within the cap is kept and nothing is said
        HttpResponse<String> above = get("/kg/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 100000"), "text/tab-separated-values");
        assertThat(above.body().lines().count() - 1).isEqualTo(MAX_RESULTS);
        HttpResponse<String> within = get("/kg/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 7"), "text/tab-separated-values");
        assertThat(within.body().lines().count() - 1).isEqualTo(7);
        assertThat(within.headers().firstValue(KgQueryService.TRUNCATED)).isEmpty();
        HttpResponse<String> small = get("/kg/sparql?query=" + q("SELECT * { ?s a <https://w3id.org/eurasia-kg/ontology#State> }"), "text/csv");
        assertThat(small.headers().firstValue(KgQueryService.TRUNCATED)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/../../etc/passwd", "/id/%2e%2e/%2e%2e/etc/passwd", "/id/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
            "/id/..%2f..%2fetc%2fpasswd", "/id/%252e%252e%252fetc%252fpasswd", "/id/..%5c..%5cetc%5cpasswd",
            "/id/....//....//etc/passwd", "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/query/../../../etc/passwd", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/page/id/..%2f..%2fetc%2fpasswd",
            "/data/id/../../../etc/passwd.ttl", "/id/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"})
    void pathTraversalIs404(String path) throws Exception {
        Raw r = raw("GET", path, "Accept: text/html");
        assertThat(r.status()).as(path).isEqualTo(404);
        revealsNothing(r.headers(), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/id/%F0%9F%98%80", "/id/%E2%80%AE%E2%80%8Bcsto", "/id/%C0%AF", "/id/%FF%FE", "/id/%ED%A0%80",
            "/id/%00", "/id/a%0D%0ASet-Cookie:%20x=1", "/page/id/%F0%9F%98%80", "/data/id/%F0%9F%98%80.ttl",
            "/id/%EF%BF%BF", "/search?q=%FF%FE", "/search?q=%C0%AF", "/kg/sparql?query=%FF", "/search?q=%F0%9F%98%80"})
    void oddUnicodeIs404Or400NeverAServerError(String path) throws Exception {
        Raw r = raw("GET", path, "Accept: text/html");
        assertThat(r.status()).as(path).isIn(200, 400, 404);
        if (!path.startsWith("/search?q=%F0"))
            assertThat(r.status()).as(path).isIn(400, 404);
        assertThat(r.headers()).doesNotContainKey("set-cookie");
        revealsNothing(r.headers(), r.body());
    }

    @Test
    void loadIsRefusedAsAQueryAndAsAnUpdate() throws Exception {
        HttpResponse<String> asQuery = get("/kg/sparql?query=" + q("LOAD <file:///etc/passwd>"), null);
        assertThat(asQuery.statusCode()).isEqualTo(400);
        for (String path : new String[] {"/kg", "/kg/sparql", "/kg/update"}) {
            HttpResponse<String> asUpdate = post(path, "application/x-www-form-urlencoded",
                    HttpRequest.BodyPublishers.ofString("update=" + q("LOAD <file:///etc/passwd> INTO GRAPH <urn:x:g>")));
            assertThat(asUpdate.statusCode()).as(path).isBetween(400, 499);
            HttpResponse<String> direct = post(path, "application/sparql-update",
                    HttpRequest.BodyPublishers.ofString("LOAD <file:///etc/passwd> INTO GRAPH <urn:x:g>"));
            assertThat(direct.statusCode()).as(path).isBetween(400, 499);
        }
        HttpResponse<String> ask = get("/kg/sparql?query=" + q("ASK { GRAPH <urn:x:g> { ?s ?p ?o } }"), "text/csv");
        assertThat(ask.body()).contains("false");
    }

    @Test
    void fromAndFromNamedNeverReadALocalFile() throws Exception {
        Path secret = tmp.resolve("secret.ttl");
        Files.writeString(secret, "<urn:x:secret> <urn:x:is> \"top secret\" .\n");
        String file = secret.toUri().toString();
        for (String query : new String[] {
                "SELECT * FROM <" + file + "> { ?s ?p ?o }",
                "SELECT * FROM NAMED <" + file + "> { GRAPH ?g { ?s ?p ?o } }",
                "SELECT * FROM <file:///etc/passwd> { ?s ?p ?o }",
                "CONSTRUCT { ?s ?p ?o } FROM <" + file + "> WHERE { ?s ?p ?o }"}) {
            HttpResponse<String> r = get("/kg/sparql?query=" + q(query), "text/csv, text/turtle");
            assertThat(r.statusCode()).as(query).isIn(200, 400, 403);
            assertThat(r.body()).as(query).doesNotContain("top secret").doesNotContain("urn:x:secret").doesNotContain("root:");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "http://127.0.0.1:22/", "http://169.254.169.254/latest/meta-data/"})
    void serviceOffTheAllowListIsRefused(String target) throws Exception {
        HttpResponse<String> r = get("/kg/sparql?query=" + q("SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }"), "text/csv");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).startsWith("SERVICE <" + target + "> refused");
    }

    @Test
    void noResponseNamesTheServerOrShowsAStackTrace() throws Exception {
        for (String target : new String[] {"/", "/kg/sparql?query=" + q("ASK {}"), "/kg/sparql?query=" + q("SELEC"),
                "/nothing/here", "/kg/nothing", "/id/%FF", "/$/ping", "/static/kg.css", "/query/", "/robots.txt", "/sitemap.xml"}) {
            Raw r = raw("GET", target);
            revealsNothing(r.headers(), r.body());
            if (r.status() >= 400)
                assertThat(r.headers().getOrDefault("content-type", "text/plain")).as(target).startsWith("text/plain");
        }
        Raw bad = raw("GET", "/kg/sparql?query=" + q("SELECT * {}"), "Accept: image/png");
        revealsNothing(bad.headers(), bad.body());
        Raw method = raw("DELETE", "/kg/sparql");
        assertThat(method.status()).isBetween(400, 499);
        revealsNothing(method.headers(), method.body());
    }

    @Test
    void corsIsOpenOnWhatProgramsReadNotOnPages() throws Exception {
        Raw preflight = raw("OPTIONS", "/kg/sparql", "Origin: https://example.org", "Access-Control-Request-Method: POST",
                "Access-Control-Request-Headers: content-type");
        assertThat(preflight.status()).isBetween(200, 204);
        assertThat(preflight.headers()).containsEntry("access-control-allow-origin", "*");
        assertThat(preflight.headers().get("access-control-allow-methods")).contains("POST").contains("GET");
        Raw query = raw("GET", "/kg/sparql?query=" + q("ASK {}"), "Origin: https://example.org");
        assertThat(query.status()).isEqualTo(200);
        assertThat(query.headers()).containsEntry("access-control-allow-origin", "*");
        Raw voidPreflight = raw("OPTIONS", "/.well-known/void", "Origin: https://example.org", "Access-Control-Request-Method: GET");
        assertThat(voidPreflight.headers()).containsEntry("access-control-allow-origin", "*");
        assertThat(voidPreflight.headers().get("access-control-allow-methods")).doesNotContain("POST").doesNotContain("PUT");
        for (String page : new String[] {"/", "/search?q=pact", "/query/"}) {
            Raw r = raw("GET", page, "Origin: https://example.org");
            assertThat(r.headers()).as(page).doesNotContainKey("access-control-allow-origin");
            Raw p = raw("OPTIONS", page, "Origin: https://example.org", "Access-Control-Request-Method: GET");
            assertThat(p.headers()).as(page).doesNotContainKey("access-control-allow-origin");
        }
    }

    // ---- HTTP headers no browser sends ----------------------------------------------------------

    private static final String[] ANSWERS = {"/", "/page/id/pact", "/data/id/pact.ttl", "/.well-known/void", "/ontology",
            "/kg/sparql?query=" + URLEncoder.encode("SELECT * { ?s ?p ?o } LIMIT 3", StandardCharsets.UTF_8),
            "/release/eurasia-kg.nq", "/sitemap.xml", "/query/"};

    @ParameterizedTest
    @ValueSource(strings = {"/nothing/here", "/page/nothing", "/data/id/nothing.ttl", "/release/other.zip", "/kg/nothing",
            "/query/nothing.js", "/static/nothing.css", "/sitemap.xml?part=x", "/sitemap.xml?part=-5", "/.well-known/other",
            "/favicon.png", "/robots.txt/x"})
    void anUnknownPathIs404(String path) throws Exception {
        Raw r = raw("GET", path);
        assertThat(r.status()).as(path).isEqualTo(404);
        revealsNothing(r.headers(), r.body());
    }

    @ParameterizedTest
    @ValueSource(strings = {"If-None-Match: W/", "If-None-Match: \"open", "If-None-Match: abc, def", "If-None-Match: ,,,,",
            "If-None-Match: \"a\" \"b\"", "If-None-Match: W/W/\"x\"", "If-Modified-Since: yesterday",
            "If-Modified-Since: Thu, 31 Feb 2022 25:61:61 GMT", "If-None-Match: \u00e9\u00e9",
            "Range: bytes=0-10", "Range: bytes=99999999-", "Range: bytes=5-1", "Range: lines=1-2", "Range: bytes=-",
            "If-Range: \"x\"", "Accept-Encoding: gzip;q=0", "Accept-Encoding: *", "Accept-Encoding: ;;==,,gzip;q=abc",
            "Accept-Encoding: br, zstd", "Accept-Encoding: identity;q=0, *;q=0", "Accept-Encoding: gzip;q=2",
            "Accept: text/html;q=x", "Accept: */*;;;q=="})
    void anOddHeaderGetsANormalAnswerOrACleanRefusal(String header) throws Exception {
        for (String path : ANSWERS) {
            Raw r = raw("GET", path, header);
            assertThat(r.status()).as(header + " on " + path).isIn(200, 304, 400, 406, 416);
            revealsNothing(r.headers(), r.body());
            if (header.startsWith("Range") || header.startsWith("If-Range"))
                assertThat(r.status()).as("a Range is ignored: the whole answer").isEqualTo(200);
            if (header.contains("gzip;q=0") || header.contains("identity"))
                assertThat(r.headers()).as(header).doesNotContainEntry("content-encoding", "gzip");
        }
    }

    @Test
    void hugeHeadersAre431() throws Exception {
        String big = "x".repeat(100 * 1024);
        for (String header : new String[] {"If-None-Match: \"" + big + "\"", "Accept: " + big, "X-Filler: " + big}) {
            Raw r = raw("GET", "/page/id/pact", header);
            assertThat(r.status()).as(header.substring(0, 12)).isIn(400, 431);
            revealsNothing(r.headers(), r.body());
        }
        String[] headers = new String[8000];
        for (int i = 0; i < headers.length; i++)
            headers[i] = "X-Many-" + i + ": " + i;
        Raw r = raw("GET", "/", headers);
        assertThat(r.status()).isIn(400, 431);
    }

    @Test
    void noUpdateUploadOrAdminEndpointIsReachable() throws Exception {
        for (String path : new String[] {"/kg/update", "/kg/upload", "/kg/data", "/$/datasets", "/$/backup/kg", "/$/compact/kg",
                "/$/tasks", "/$/stats", "/$/metrics", "/$/reload", "/$/shutdown"}) {
            Raw getR = raw("GET", path);
            Raw postR = raw("POST", path, "Content-Type: text/turtle", "Content-Length: 0");
            assertThat(getR.status()).as("GET " + path).isBetween(400, 499);
            assertThat(postR.status()).as("POST " + path).isBetween(400, 499);
        }
    }
}
