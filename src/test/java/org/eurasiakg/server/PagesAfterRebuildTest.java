package org.eurasiakg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.store.KgStore;
import org.eurasiakg.store.ServedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are as fresh as the store: with every page already made (and cached) from one build,
 * an entity is renamed in seeds/entities.ttl and {@code kg build} runs into the served data folder;
 * as soon as SPARQL answers the new name, the home page, the entity's page, search and the
 * diagram on a neighbour's page show it, and the old one nowhere.
 */
class PagesAfterRebuildTest {
    @TempDir Path tmp;

    @Test
    void aRenamedEntityReadsByItsNewNameOnEveryPageOnceTheNewBuildIsServed() throws Exception {
        Path data = tmp.resolve("data");
        Path project = TestProjects.fixture(tmp.resolve("project"));
        build(project, data);
        ServedStore served = ServedStore.open(new KgStore(data), 100);
        FusekiServer server = KgServer.build(served, ServerConfig.loopback(0)).start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.getPort();
        try {
            // every page made once from the first build
            assertThat(get(http, base + "/")).contains(">Arden</a>").doesNotContain("Ardenvale");
            assertThat(get(http, base + "/page/id/arden")).contains("<h1>Arden</h1>");
            assertThat(get(http, base + "/search?q=ardenvale")).contains("0 results");
            assertThat(diagram(get(http, base + "/page/id/pact"))).contains("<title>Arden</title>");

            Path entities = project.resolve("seeds/entities.ttl");
            String seeds = Files.readString(entities);
            assertThat(seeds).contains("rdfs:label \"Arden\"@en");
            Files.writeString(entities, seeds.replace("rdfs:label \"Arden\"@en", "rdfs:label \"Ardenvale\"@en"));
            build(project, data);
            awaitSparqlAnswers(http, base, "Ardenvale");

            assertThat(get(http, base + "/")).contains(">Ardenvale</a>").doesNotContain(">Arden</a>");
            String page = get(http, base + "/page/id/arden");
            assertThat(page).contains("<h1>Ardenvale</h1>").doesNotContain("<h1>Arden</h1>");
            String search = get(http, base + "/search?q=ardenvale");
            assertThat(search).contains("1 result").contains(">Ardenvale</a>");
            String diagram = diagram(get(http, base + "/page/id/pact"));
            assertThat(diagram).contains("<title>Ardenvale</title>").doesNotContain("<title>Arden</title>");
        } finally {
            server.stop();
            served.close();
        }
    }

    private static String diagram(String page) {
        int start = page.indexOf("<svg class=\"diagram\"");
        assertThat(start).as("a diagram").isNotNegative();
        return page.substring(start, page.indexOf("</svg>", start));
    }

    private static void awaitSparqlAnswers(HttpClient http, String base, String label) throws Exception {
        String ask = "ASK { GRAPH ?g { <https://w3id.org/eurasia-kg/id/arden> <http://www.w3.org/2000/01/rdf-schema#label> \""
                + label + "\"@en } }";
        for (long deadline = System.nanoTime() + 20_000_000_000L; System.nanoTime() < deadline; Thread.sleep(50)) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query="
                    + URLEncoder.encode(ask, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && r.body().contains("true"))
                return;
        }
        throw new AssertionError("SPARQL never answered the new label");
    }

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(url).isEqualTo(200);
        return r.body();
    }

    private static void build(Path project, Path data) {
        CliRun run = CliRun.of("build", "--source", project.toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }
}
