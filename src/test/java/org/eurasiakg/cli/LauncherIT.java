package org.eurasiakg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eurasiakg.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ./kg launcher itself, on the packaged jar: build into a temporary folder, query it, serve it. */
class LauncherIT {
    @TempDir Path tmp;

    private Process start(String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(TestProjects.repository().resolve("kg").toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).directory(tmp.toFile()).start();
    }

    private static String finish(Process p) throws Exception {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(err).isZero();
        return out;
    }

    @Test
    void buildsTheRealArticleAndQueriesIt() throws Exception {
        Path data = tmp.resolve("data");
        String built = finish(start("build", "--data", data.toString()));
        assertThat(built).contains("graph/article/eurasia-under-the-csto");
        // the launcher recorded a class-data sharing archive for this jar, which later starts map
        Path target = TestProjects.repository().resolve("target");
        assertThat(Files.size(target.resolve("kg.jsa"))).isGreaterThan(1_000_000);
        assertThat(Files.getLastModifiedTime(target.resolve("kg.jsa")))
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(target.resolve("kg.jar")));
        String answer = finish(start("query", "--data", data.toString(), "--format", "csv", "--query",
                "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
        assertThat(Long.parseLong(answer.lines().skip(1).findFirst().orElseThrow().trim())).isGreaterThan(1000);
    }

    @Test
    void servesAndStopsCleanlyOnSigterm() throws Exception {
        Path data = tmp.resolve("data");
        Process serve = start("serve", "--data", data.toString(), "--port", "0");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).matches("SPARQL endpoint: http://127\\.0\\.0\\.1:\\d+/kg/sparql");
            String endpoint = line.substring("SPARQL endpoint: ".length());
            String query = URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", StandardCharsets.UTF_8);
            HttpResponse<String> r = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(endpoint + "?query=" + query)).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Long.parseLong(r.body().lines().skip(1).findFirst().orElseThrow().trim())).isGreaterThan(1000);
        } finally {
            serve.destroy(); // SIGTERM
        }
        assertThat(serve.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // the store was released: another process can open it at once
        String again = finish(start("query", "--data", data.toString(), "--format", "csv", "--query", "ASK {}"));
        assertThat(again).contains("true");
    }
}
