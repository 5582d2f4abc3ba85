package org.eurasiakg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A browser's view of one page: fetch it once for its ETag, then revalidate it (keep-alive, HTTP/1.1). */
final class PageClient {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final URI page;

    PageClient(String page) { this.page = URI.create(page); }

    /** The page's ETag; fails if the page has none. */
    String etag() throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new IOException("HTTP " + r.statusCode() + " from " + page);
        return r.headers().firstValue("ETag").orElseThrow(() -> new IOException(page + " has no ETag"));
    }

    /** Milliseconds for one conditional GET; fails on any status but 304. */
    double revalidate(String etag) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(60)).header("If-None-Match", etag).build();
        long t0 = System.nanoTime();
        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 304)
            throw new IOException("HTTP " + r.statusCode() + " (not 304) revalidating " + page);
        return ms;
    }
}
