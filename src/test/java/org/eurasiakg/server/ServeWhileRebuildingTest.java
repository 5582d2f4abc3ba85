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
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eurasiakg.TestProjects;
import org.eurasiakg.cli.CliRun;
import org.eurasiakg.store.KgStore;
import org.eurasiakg.store.ServedStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kg build while the server answers: clients keep querying and viewing pages during the rebuild;
 * every request succeeds, every count is the old store's or the new one's (never a mix), and
 * afterwards the new data is served.
 */
class ServeWhileRebuildingTest {
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";

    @TempDir Path tmp;

    @Test
    void everyQueryDuringARebuildSucceedsOnTheOldOrTheNewStore() throws Exception {
        Path data = tmp.resolve("data");
        build(TestProjects.fixture(tmp.resolve("a")), data);
        ServedStore served = ServedStore.open(new KgStore(data), 100);
        FusekiServer server = KgServer.build(served, ServerConfig.loopback(0)).start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.getPort();
        AtomicBoolean running = new AtomicBoolean(true);
        Set<Long> counts = ConcurrentHashMap.newKeySet();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong requests = new AtomicLong();
        List<Thread> clients = new ArrayList<>();
        try {
            long oldCount = count(http, base);
            for (int i = 0; i < 4; i++) {
                boolean pages = i == 3;
                Thread t = new Thread(() -> {
                    while (running.get()) {
                        try {
                            if (pages) {
                                for (String page : new String[] {"/", "/search?q=pact", "/page/id/pact"}) {
                                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                                            HttpResponse.BodyHandlers.ofString());
                                    if (r.statusCode() != 200)
                                        failures.add(page + " " + r.statusCode());
                                }
                            } else
                                counts.add(count(http, base));
                            requests.incrementAndGet();
                        } catch (Exception e) {
                            failures.add(e.toString());
                        }
                    }
                }, "client-" + i);
                t.start();
                clients.add(t);
            }
            Thread.sleep(300);
            build(bigger(tmp.resolve("b")), data);
            long newCount = -1;
            for (long deadline = System.nanoTime() + 20_000_000_000L; System.nanoTime() < deadline; Thread.sleep(50)) {
                newCount = count(http, base);
                if (newCount != oldCount)
                    break;
            }
            Thread.sleep(500);
            running.set(false);
            for (Thread t : clients)
                t.join(30_000);

            assertThat(failures).isEmpty();
            assertThat(newCount).isGreaterThan(oldCount);
            assertThat(counts).containsOnly(oldCount, newCount).contains(oldCount, newCount);
            assertThat(requests.get()).isGreaterThan(10);
            assertThat(served.currentStore()).isEqualTo(new KgStore(data).current().orElseThrow());
        } finally {
            running.set(false);
            server.stop();
            served.close();
        }
    }

    private static long count(HttpClient http, String base) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query="
                + URLEncoder.encode(COUNT, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new IOException("count: HTTP " + r.statusCode() + " " + r.body());
        return Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim());
    }

    private static void build(Path project, Path data) {
        CliRun run = CliRun.of("build", "--source", project.toString(), "--data", data.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static Path bigger(Path into) throws IOException {
        Path project = TestProjects.fixture(into);
        StringBuilder more = new StringBuilder("\n");
        for (int i = 0; i < 50; i++)
            more.append("ekr:extra-").append(i).append(" a ekg:State ; rdfs:label \"Extra ").append(i).append("\"@en .\n");
        Files.writeString(project.resolve("seeds/entities.ttl"), more, StandardOpenOption.APPEND);
        return project;
    }
}
