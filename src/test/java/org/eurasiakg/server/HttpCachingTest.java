package org.eurasiakg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.store.KgStore;
import org.eurasiakg.store.ServedStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTTP as crawlers and browsers expect it: validators and 304s, gzip, CORS, HEAD, describedby
 * links and absolute redirects, robots.txt, the sitemap and the favicon, on a served store that is
 * rebuilt at the end (the validators must change with it).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpCachingTest {
    private static final String ASK = "ASK { ?s ?p ?o }";
    private static final List<String> STORE_ANSWERS = List.of("/", "/page/id/pact", "/data/id/pact.ttl", "/.well-known/void",
            "/ontology", "/sitemap.xml", "/timeline", "/search?q=pact", "/kg/sparql?query=" + q("SELECT * { ?s ?p ?o } LIMIT 3"));

    @TempDir static Path tmp;
    static Path data;
    static ServedStore served;
    static FusekiServer server;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        data = tmp.resolve("data");
        build(TestProjects.fixture(tmp.resolve("a")), data);
        served = ServedStore.open(new KgStore(data), 100);
        server = KgServer.build(served, ServerConfig.loopback(0)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        served.close();
    }

    static String q(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    static String url(String path) { return "http://127.0.0.1:" + server.getPort() + path; }

    static HttpResponse<byte[]> send(String method, String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).method(method, HttpRequest.BodyPublishers.noBody());
        for (int i = 0; i < headers.length; i += 2)
            b.header(headers[i], headers[i + 1]);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return send("GET", path, headers);
    }

    static String header(HttpResponse<?> r, String name) { return r.headers().firstValue(name).orElse(null); }

    @ParameterizedTest
    @Order(1)
    @ValueSource(strings = {"/", "/page/id/pact", "/data/id/pact.ttl", "/.well-known/void", "/ontology", "/sitemap.xml",
            "/kg/sparql?query=SELECT%20*%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20LIMIT%203"})
    void aStoreAnswerHasValidatorsAndIsRevalidatedWith304(String path) throws Exception {
        HttpResponse<byte[]> first = get(path);
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = header(first, "ETag");
        assertThat(etag).as(path).matches("\"[0-9a-f]{24}\"");
        assertThat(header(first, "Last-Modified")).isNotNull();
        assertThat(header(first, "Cache-Control")).isEqualTo("public, no-cache");
        assertThat(first.headers().allValues("Pragma")).isEmpty();

        HttpResponse<byte[]> again = get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).as(path).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(header(again, "ETag")).isEqualTo(etag);
        assertThat(header(again, "Cache-Control")).isEqualTo("public, no-cache");

        assertThat(get(path, "If-None-Match", "\"other\", W/" + etag).statusCode()).as("weak comparison in a list").isEqualTo(304);
        assertThat(get(path, "If-None-Match", "*").statusCode()).isEqualTo(304);
        assertThat(get(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(get(path, "If-Modified-Since", header(first, "Last-Modified")).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-Modified-Since", "Thu, 01 Jan 1970 00:00:00 GMT").statusCode()).isEqualTo(200);
        // If-None-Match wins over If-Modified-Since
        assertThat(get(path, "If-None-Match", "\"other\"", "If-Modified-Since", header(first, "Last-Modified")).statusCode())
                .isEqualTo(200);
        HttpResponse<byte[]> head = send("HEAD", path, "If-None-Match", etag);
        assertThat(head.statusCode()).isEqualTo(304);
    }

    @Test
    @Order(2)
    void eachRepresentationHasItsOwnTag() throws Exception {
        HttpResponse<byte[]> html = get("/ontology", "Accept", "text/html");
        HttpResponse<byte[]> turtle = get("/ontology", "Accept", "text/turtle");
        assertThat(header(html, "Content-Type")).startsWith("text/html");
        assertThat(header(turtle, "Content-Type")).startsWith("text/turtle");
        assertThat(header(html, "ETag")).isNotEqualTo(header(turtle, "ETag"));
        assertThat(header(turtle, "Vary")).contains("Accept");
        // the Turtle's tag does not validate the page
        assertThat(get("/ontology", "Accept", "text/html", "If-None-Match", header(turtle, "ETag")).statusCode()).isEqualTo(200);
        assertThat(header(get("/page/id/pact"), "ETag")).isNotEqualTo(header(get("/page/id/arden"), "ETag"));
        assertThat(header(get("/search?q=pact"), "ETag")).isNotEqualTo(header(get("/search?q=arden"), "ETag"));
    }

    @ParameterizedTest
    @Order(3)
    @ValueSource(strings = {"W/", "\"unclosed", "abc, def", "\"a\" junk", ",,,", "\"a b\""})
    void aMalformedIfNoneMatchIsIgnored(String value) throws Exception {
        HttpResponse<byte[]> r = get("/page/id/pact", "If-None-Match", value);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("Northern Pact");
    }

    @Test
    @Order(4)
    void largeAnswersAreGzippedWhenTheClientAcceptsIt() throws Exception {
        HttpResponse<byte[]> plain = get("/.well-known/void", "Accept", "text/turtle");
        HttpResponse<byte[]> zipped = get("/.well-known/void", "Accept", "text/turtle", "Accept-Encoding", "gzip");
        assertThat(plain.body().length).isGreaterThan(1024);
        assertThat(header(plain, "Content-Encoding")).isNull();
        assertThat(header(zipped, "Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.body().length).isLessThan(plain.body().length);
        assertThat(gunzip(zipped.body())).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
        assertThat(String.join(",", zipped.headers().allValues("Vary"))).contains("Accept-Encoding").contains("Accept");
        assertThat(header(zipped, "ETag")).isNotEqualTo(header(plain, "ETag"));
        HttpResponse<byte[]> revalidated = get("/.well-known/void", "Accept", "text/turtle", "Accept-Encoding", "gzip",
                "If-None-Match", header(zipped, "ETag"));
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(get("/.well-known/void", "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
        for (String small : new String[] {"/robots.txt", "/kg/sparql?query=" + q(ASK)}) {
            HttpResponse<byte[]> tiny = get(small, "Accept-Encoding", "gzip");
            assertThat(tiny.body().length).isLessThan(1024);
            assertThat(header(tiny, "Content-Encoding")).as(small + ": an answer under 1 KB").isNull();
        }
        HttpResponse<byte[]> rows = get("/kg/sparql?query=" + q("SELECT * { ?s ?p ?o }"), "Accept-Encoding", "gzip",
                "Accept", "application/sparql-results+json");
        assertThat(header(rows, "Content-Encoding")).as("a large SPARQL answer").isEqualTo("gzip");
        assertThat(gunzip(rows.body())).contains("\"bindings\"");
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @Order(5)
    void corsIsOpenOnWhatProgramsReadAndPreflightOffersReadingOnly() throws Exception {
        for (String path : new String[] {"/data/id/pact.ttl", "/.well-known/void", "/ontology", "/kg/sparql?query=" + q(ASK),
                "/release/eurasia-kg.nq"}) {
            HttpResponse<byte[]> r = get(path, "Origin", "https://example.org");
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(header(r, "Access-Control-Allow-Origin")).as(path).isEqualTo("*");
            assertThat(header(r, "Access-Control-Expose-Headers")).as(path).contains("ETag");
        }
        HttpResponse<byte[]> see = get("/id/pact", "Origin", "https://example.org", "Accept", "text/turtle");
        assertThat(see.statusCode()).isEqualTo(303);
        assertThat(header(see, "Access-Control-Allow-Origin")).isEqualTo("*");
        HttpResponse<byte[]> preflight = send("OPTIONS", "/.well-known/void", "Origin", "https://example.org",
                "Access-Control-Request-Method", "GET");
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(header(preflight, "Access-Control-Allow-Methods")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(header(get("/page/id/pact", "Origin", "https://example.org"), "Access-Control-Allow-Origin")).isNull();
    }

    @ParameterizedTest
    @Order(6)
    @ValueSource(strings = {"/", "/page/id/pact", "/data/id/pact.jsonld", "/.well-known/void", "/ontology", "/sitemap.xml",
            "/robots.txt", "/favicon.ico", "/release/eurasia-kg.trig", "/kg/sparql?query=SELECT%20*%20%7B%7D", "/query/"})
    void headAnswersWhatGetDoesWithoutTheBody(String path) throws Exception {
        HttpResponse<byte[]> get = get(path);
        HttpResponse<byte[]> head = send("HEAD", path);
        assertThat(head.statusCode()).as(path).isEqualTo(get.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(header(head, "Content-Type")).isEqualTo(header(get, "Content-Type"));
        assertThat(header(head, "ETag")).isEqualTo(header(get, "ETag"));
    }

    @Test
    @Order(7)
    void aResourceRedirectsAbsolutelyAndLinksToItsDescriptions() throws Exception {
        HttpResponse<byte[]> see = get("/id/pact", "Accept", "text/html");
        assertThat(see.statusCode()).isEqualTo(303);
        assertThat(header(see, "Location")).isEqualTo(url("/page/id/pact"));
        List<String> links = see.headers().allValues("Link");
        assertThat(links).contains("<" + url("/data/id/pact.ttl") + ">; rel=\"describedby\"; type=\"text/turtle\"",
                "<" + url("/data/id/pact.jsonld") + ">; rel=\"describedby\"; type=\"application/ld+json\"");
        assertThat(header(get("/id/pact", "Accept", "text/turtle"), "Location")).isEqualTo(url("/data/id/pact.ttl"));
        assertThat(get("/page/id/pact").headers().allValues("Link"))
                .contains("<" + url("/data/id/pact.nt") + ">; rel=\"describedby\"; type=\"application/n-triples\"");
        for (String link : links) {
            Matcher m = Pattern.compile("<([^>]+)>").matcher(link);
            assertThat(m.find()).isTrue();
            assertThat(http.send(HttpRequest.newBuilder(URI.create(m.group(1))).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).as(link).isEqualTo(200);
        }
    }

    @Test
    @Order(8)
    void robotsNamesTheSitemapWhichListsPagesThatAnswer() throws Exception {
        String robots = new String(get("/robots.txt").body(), StandardCharsets.UTF_8);
        assertThat(robots).contains("Sitemap: " + url("/sitemap.xml"));
        HttpResponse<byte[]> map = get("/sitemap.xml");
        assertThat(header(map, "Content-Type")).startsWith("application/xml");
        String xml = new String(map.body(), StandardCharsets.UTF_8);
        assertThat(xml).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("<loc>" + url("/page/id/pact") + "</loc>")
                .doesNotContain("/page/ontology");
        Matcher loc = Pattern.compile("<loc>([^<]+)</loc>").matcher(xml);
        int pages = 0;
        while (loc.find()) {
            pages++;
            assertThat(http.send(HttpRequest.newBuilder(URI.create(loc.group(1))).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode()).as(loc.group(1)).isEqualTo(200);
        }
        assertThat(pages).isGreaterThan(5);
        HttpResponse<byte[]> icon = get("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(header(icon, "Content-Type")).isEqualTo("image/x-icon");
        assertThat(icon.body()).startsWith(0, 0, 1, 0);
    }

    @Test
    @Order(100)
    void aRebuildChangesEveryValidator() throws Exception {
        List<String> before = STORE_ANSWERS.stream().map(p -> etag(p)).toList();
        String lastModified = header(get("/page/id/pact"), "Last-Modified");
        String dump = header(get("/release/eurasia-kg.nq"), "ETag");
        Path project = TestProjects.fixture(tmp.resolve("b"));
        Files.writeString(project.resolve("seeds/entities.ttl"), "\nekr:extra a ekg:State ; rdfs:label \"Extra\"@en .\n",
                StandardOpenOption.APPEND);
        Thread.sleep(1100);   // HTTP dates count seconds
        build(project, data);
        for (long deadline = System.nanoTime() + 20_000_000_000L; System.nanoTime() < deadline
                && !served.currentStore().equals(new KgStore(data).current().orElseThrow()); )
            Thread.sleep(50);
        for (int i = 0; i < STORE_ANSWERS.size(); i++) {
            String path = STORE_ANSWERS.get(i);
            assertThat(etag(path)).as(path).isNotEqualTo(before.get(i));
            assertThat(get(path, "If-None-Match", before.get(i)).statusCode()).as(path).isEqualTo(200);
        }
        HttpResponse<byte[]> page = get("/page/id/pact", "If-Modified-Since", lastModified);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Instant.from(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.parse(header(page, "Last-Modified"))))
                .isAfter(Instant.from(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.parse(lastModified)));
        assertThat(header(get("/release/eurasia-kg.nq"), "ETag")).isNotEqualTo(dump);
        assertThat(new String(get("/sitemap.xml").body(), StandardCharsets.UTF_8)).contains("<loc>" + url("/page/id/extra") + "</loc>");
        assertThat(new String(get("/release/eurasia-kg.nq").body(), StandardCharsets.UTF_8)).contains("/id/extra>");
    }

    private static String etag(String path) {
        try {
            return header(get(path), "ETag");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void build(Path project, Path data) {
        CliRun run = CliRun.of("build", "--source", project.toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
