package org.eurasiakg.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * One HTTP client of a SPARQL endpoint: HTTP/1.1 with keep-alive (the JDK client reuses its
 * connection), the query as the request body, the whole answer read before the clock stops.
 */
final class SparqlClient {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final URI endpoint;

    SparqlClient(String endpoint) { this.endpoint = URI.create(endpoint); }

    /** The answer: HTTP status and body. */
    record Answer(int status, String body) {}

    Answer ask(String sparql) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json, application/n-triples;q=0.9")
                .POST(HttpRequest.BodyPublishers.ofString(sparql))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.body());
    }

    /** Milliseconds for one query, answered in full; fails on any status but 200. */
    double time(String sparql) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Answer a = ask(sparql);
        double ms = (System.nanoTime() - t0) / 1e6;
        if (a.status != 200)
            throw new IOException("HTTP " + a.status + " from " + endpoint + ": " + a.body.lines().findFirst().orElse(""));
        return ms;
    }

    /** The number of result rows (or the boolean, or N-Triples lines) of an answer, to compare servers. */
    static String size(String body) {
        if (body.startsWith("{")) {
            if (body.contains("\"boolean\""))
                return body.contains("true") ? "true" : "false";
            ResultSet rs = ResultSetMgr.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
            return Integer.toString(ResultSetFormatter.consume(rs));
        }
        return Long.toString(body.lines().filter(l -> !l.isBlank()).count());
    }
}
