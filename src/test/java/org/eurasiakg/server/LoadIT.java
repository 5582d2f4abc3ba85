package org.eurasiakg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eurasiakg.TestProjects;
import org.eurasiakg.query.CompetencyQuestion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A load test on loopback against the packaged server in its own JVM with a 256 MB heap, serving
 * the real article: {@value #CLIENTS} clients at once, each mixing competency questions, page views
 * and searches for {@code kg.load.seconds} seconds (5 in {@code mvn -B verify}; 60 with
 * {@code -Pload}). It stops by itself, must see no error, and prints requests/s and p50/p99.
 */
class LoadIT {
    static final int CLIENTS = Integer.getInteger("kg.load.clients", 32);
    static final int SECONDS = Integer.getInteger("kg.load.seconds", 5);

    /** Questions beside the competency questions in queries/, so the mix never runs out of them. */
    private static final List<String> QUERIES = List.of(
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
            "PREFIX ekg: <https://w3id.org/eurasia-kg/ontology#> SELECT ?m { <https://w3id.org/eurasia-kg/id/csto> ekg:hasMember ?m }",
            "PREFIX ekg: <https://w3id.org/eurasia-kg/ontology#> SELECT ?st ?q { ?st a ekg:Statement ; ekg:evidence/<http://www.w3.org/ns/oa#hasSelector>/<http://www.w3.org/ns/oa#exact> ?q } LIMIT 50",
            "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g");
    private static final List<String> PAGES = List.of("/", "/page/id/csto", "/id/csto", "/page/id/armenia", "/timeline",
            "/questions", "/page/id/article/eurasia-under-the-csto", "/.well-known/void", "/ontology");
    private static final List<String> SEARCHES = List.of("csto", "armenia", "peacekeeping", "kazakhstan 2022", "nagorno karabakh");

    @TempDir Path tmp;

    private Process kg(String heap, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-jar", TestProjects.repository().resolve("target/kg.jar").toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectError(tmp.resolve("server.err").toFile()).start();
    }

    @Test
    void thirtyTwoClientsMixingQuestionsPagesAndSearchesSeeNoError() throws Exception {
        Path data = tmp.resolve("data");
        Path project = TestProjects.repository();
        Process build = kg("-Xmx512m", "build", "--source", project.toString(), "--data", data.toString());
        assertThat(build.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(build.exitValue()).as(Files.readString(tmp.resolve("server.err"))).isZero();

        Process server = kg("-Xmx256m", "serve", "--source", project.toString(), "--data", data.toString(), "--no-build", "--port", "0");
        try {
            String line = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).as(Files.readString(tmp.resolve("server.err"))).startsWith("SPARQL endpoint: ");
            String endpoint = line.substring("SPARQL endpoint: ".length());
            String base = endpoint.substring(0, endpoint.indexOf("/kg/"));
            List<String> targets = targets(base, endpoint);

            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            // one pass through the mix first, not counted: the figures are for a warm server
            for (String target : targets)
                http.send(HttpRequest.newBuilder(URI.create(target)).header("Accept", accept(target)).build(),
                        HttpResponse.BodyHandlers.discarding());
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            ConcurrentLinkedQueue<long[]> latencies = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
            AtomicLong next = new AtomicLong();
            List<Thread> clients = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                Thread t = new Thread(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        String target = targets.get((int) (next.getAndIncrement() % targets.size()));
                        long start = System.nanoTime();
                        try {
                            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(target))
                                    .timeout(Duration.ofSeconds(30)).header("Accept", accept(target)).build(),
                                    HttpResponse.BodyHandlers.ofByteArray());
                            if (r.statusCode() >= 400)
                                errors.add(r.statusCode() + " " + target);
                        } catch (Exception e) {
                            errors.add(e + " " + target);
                        }
                        if (n == mine.length)
                            mine = Arrays.copyOf(mine, n * 2);
                        mine[n++] = System.nanoTime() - start;
                    }
                    latencies.add(Arrays.copyOf(mine, n));
                }, "load-client-" + c);
                t.start();
                clients.add(t);
            }
            for (Thread t : clients)
                t.join(TimeUnit.SECONDS.toMillis(SECONDS + 60));
            double elapsed = (System.nanoTime() - t0) / 1e9;
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            String report = String.format(Locale.ROOT,
                    "Load: %d requests in %.1f s by %d clients (server -Xmx256m): %.0f requests/s, p50 %.1f ms, p99 %.1f ms, %d errors",
                    all.length, elapsed, CLIENTS, all.length / elapsed, percentile(all, 50), percentile(all, 99), errors.size());
            System.out.println(report);
            Files.writeString(TestProjects.repository().resolve("target/load-report.txt"), report + "\n");

            assertThat(errors).as(report).isEmpty();
            assertThat(all.length).isGreaterThan(CLIENTS);
            assertThat(server.isAlive()).as("the server survived").isTrue();
            assertThat(Files.readString(tmp.resolve("server.err"))).doesNotContain("OutOfMemoryError");
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** The mix: every competency question, page and search, interleaved. */
    private static List<String> targets(String base, String endpoint) {
        List<String> queries = new ArrayList<>(QUERIES);
        for (CompetencyQuestion q : CompetencyQuestion.in(TestProjects.repository().resolve("queries")))
            queries.add(q.sparql());
        List<String> targets = new ArrayList<>();
        int n = Math.max(queries.size(), Math.max(PAGES.size(), SEARCHES.size()));
        for (int i = 0; i < n; i++) {
            targets.add(endpoint + "?query=" + URLEncoder.encode(queries.get(i % queries.size()), StandardCharsets.UTF_8));
            targets.add(base + PAGES.get(i % PAGES.size()));
            targets.add(base + "/search?q=" + URLEncoder.encode(SEARCHES.get(i % SEARCHES.size()), StandardCharsets.UTF_8));
        }
        return targets;
    }

    private static String accept(String target) {
        // what a browser sends: the pages answer HTML, VoID (which has no page) Turtle
        return target.contains("/kg/sparql") ? "application/sparql-results+json"
                : "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    }

    private static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0)
            return Double.NaN;
        int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1e6;
    }
}
