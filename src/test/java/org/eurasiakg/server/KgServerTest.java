package org.eurasiakg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.store.KgStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The endpoint over real HTTP: answers queries in every standard format, refuses every write, cuts off long queries. */
class KgServerTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
    private static final Duration TIMEOUT = Duration.ofMillis(1500);

    @TempDir static Path tmp;
    static DatasetGraph dsg;
    static FusekiServer server;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        Path project = TestProjects.fixture(tmp);
        Path data = tmp.resolve("data");
        CliRun run = CliRun.of("build", "--source", project.toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        dsg = new KgStore(data).open();
        server = KgServer.build(dsg, new ServerConfig("127.0.0.1", 0, TIMEOUT)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        KgStore.release(dsg);
    }

    private static String url(String path) {
        return server.serverURL().replaceAll("/$", "") + path;
    }

    private static HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.getJettyServer().getURI().getHost()).isIn("127.0.0.1", "localhost");
    }

    @Test
    void rdfConnectionCountsTheUnionOfAllGraphs() {
        try (RDFConnection conn = RDFConnection.connect(server.datasetURL(KgServer.DATASET))) {
            QuerySolution row = conn.query(COUNT).execSelect().next();
            assertThat(row.getLiteral("n").getLong()).isGreaterThan(100);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "/kg/sparql, application/sparql-results+json, \"bindings\"",
            "/kg/sparql, application/sparql-results+xml, <sparql",
            "/kg/query, text/csv, n",
            "/kg/query, text/tab-separated-values, ?n",
    })
    void getAnswersInEveryStandardFormat(String endpoint, String accept, String expected) throws Exception {
        HttpResponse<String> r = get(endpoint + "?query=" + q(COUNT), accept);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith(accept);
        assertThat(r.body()).contains(expected);
    }

    @Test
    void postQueryWorks() throws Exception {
        HttpResponse<String> form = post("/kg/sparql", "application/x-www-form-urlencoded", "query=" + q(COUNT));
        HttpResponse<String> direct = post("/kg/query", "application/sparql-query", COUNT);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(direct.statusCode()).isEqualTo(200);
        assertThat(form.body()).isEqualTo(direct.body());
    }

    @Test
    void constructNegotiatesRdfFormats() throws Exception {
        HttpResponse<String> r = get("/kg/sparql?query=" + q("CONSTRUCT WHERE { ?s a ?o } LIMIT 3"), "text/turtle");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/turtle");
    }

    @Test
    void graphStoreReadReturnsANamedGraph() throws Exception {
        HttpResponse<String> r = get("/kg/get?graph=" + q("https://w3id.org/eurasia-kg/graph/entities"), "application/n-triples");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<https://w3id.org/eurasia-kg/id/arden>");
    }

    /** The parameter values SPARQLWrapper sends (format= and output=), for each query form. */
    @ParameterizedTest
    @CsvSource({
            "SELECT, json, application/sparql-results+json", "SELECT, xml, application/sparql-results+xml",
            "SELECT, csv, text/csv", "SELECT, tsv, text/tab-separated-values",
            "SELECT, application/sparql-results+json, application/sparql-results+json",
            "ASK, json, application/sparql-results+json", "ASK, xml, application/sparql-results+xml",
            "CONSTRUCT, turtle, text/turtle", "CONSTRUCT, n3, text/turtle", "CONSTRUCT, rdf+xml, application/rdf+xml",
            "CONSTRUCT, xml, application/rdf+xml", "CONSTRUCT, json-ld, application/ld+json",
            "CONSTRUCT, json, application/ld+json", "CONSTRUCT, nt, application/n-triples",
            "CONSTRUCT, application/rdf+xml, application/rdf+xml",
            "DESCRIBE, turtle, text/turtle", "DESCRIBE, rdf+xml, application/rdf+xml", "DESCRIBE, json-ld, application/ld+json",
            "DESCRIBE, nt, application/n-triples"})
    void formatAndOutputParametersPickTheResultType(String form, String value, String expected) throws Exception {
        String query = switch (form) {
            case "SELECT" -> "SELECT ?s { ?s ?p ?o } LIMIT 2";
            case "ASK" -> "ASK { ?s ?p ?o }";
            case "CONSTRUCT" -> "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2";
            default -> "DESCRIBE ?s WHERE { ?s ?p ?o } LIMIT 1";
        };
        for (String parameter : new String[] {"format", "output"}) {
            HttpResponse<String> r = get("/kg/sparql?query=" + q(query) + "&" + parameter + "=" + q(value), null);
            assertThat(r.statusCode()).as(parameter + "=" + value + " " + r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(parameter + "=" + value).startsWith(expected);
            // as SPARQLWrapper sends it by POST: both parameters and an Accept header of its own
            HttpResponse<String> p = http.send(HttpRequest.newBuilder(URI.create(url("/kg/sparql")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "*/*")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + q(query) + "&format=" + q(value) + "&output=" + q(value)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(p.headers().firstValue("Content-Type").orElse("")).as("POST " + value).startsWith(expected);
        }
    }

    @Test
    void aFormatTheQueryFormCannotGiveFallsBackToAccept() throws Exception {
        HttpResponse<String> select = get("/kg/sparql?query=" + q("SELECT ?s { ?s ?p ?o } LIMIT 1") + "&format=turtle", "text/csv");
        assertThat(select.statusCode()).isEqualTo(200);
        assertThat(select.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        HttpResponse<String> construct = get("/kg/sparql?query=" + q("CONSTRUCT WHERE { ?s ?p ?o } LIMIT 1") + "&output=csv",
                "application/n-triples");
        assertThat(construct.statusCode()).isEqualTo(200);
        assertThat(construct.headers().firstValue("Content-Type").orElse("")).startsWith("application/n-triples");
    }

    @Test
    void pingAnswers() throws Exception {
        assertThat(get("/$/ping", null).statusCode()).isEqualTo(200);
    }

    @Test
    void homePageAtTheRootAndQueryEditorBesideIt() throws Exception {
        HttpResponse<String> home = get("/", "text/html");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("<h1>Eurasia KG</h1>").contains("href=\"query/\"");
        HttpResponse<String> r = get("/query/", "text/html");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("<textarea id=\"q\"").contains("<script src=\"editor.js\" defer></script>");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
    }

    @Test
    void updatesAreRefusedEverywhere() throws Exception {
        String update = "update=" + q("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }");
        for (String path : new String[] {"/kg", "/kg/update", "/kg/sparql", "/kg/query"}) {
            HttpResponse<String> r = post(path, "application/x-www-form-urlencoded", update);
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
        }
        HttpResponse<String> r = post("/kg/update", "application/sparql-update", "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }");
        assertThat(r.statusCode()).isBetween(400, 499);
        HttpResponse<String> ask = get("/kg/sparql?query=" + q("ASK { <urn:x:a> ?p ?o }"), "application/sparql-results+json");
        assertThat(ask.body()).contains("false");
    }

    @Test
    void uploadsAndGraphWritesAreRefused() throws Exception {
        for (String path : new String[] {"/kg/get?default", "/kg?default", "/kg/data?default", "/kg/upload"}) {
            for (String method : new String[] {"PUT", "POST"}) {
                // a fresh client each time: the server may refuse without reading the body and close the connection
                HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                        .header("Content-Type", "text/turtle")
                        .method(method, HttpRequest.BodyPublishers.ofString("<urn:x:a> <urn:x:b> <urn:x:c> .")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).as(method + " " + path).isBetween(400, 499);
            }
        }
    }

    @Test
    void noAdminEndpoints() throws Exception {
        for (String path : new String[] {"/$/datasets", "/$/backup/kg", "/$/compact/kg", "/$/tasks", "/$/stats", "/$/metrics"})
            assertThat(get(path, null).statusCode()).as(path).isEqualTo(404);
    }

    @Test
    void anExplosiveQueryIsCutOffAtTheTimeout() throws Exception {
        String explosive = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?p }";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/kg/sparql?query=" + q(explosive), "application/sparql-results+json");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(ms).isLessThan(TIMEOUT.toMillis() * 5);
        assertThat(r.body()).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
