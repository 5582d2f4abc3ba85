package org.eurasiakg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A browser's view of the site: one keep-alive HTTP/1.1 connection that fetches pages, or revalidates one it has. */
final class PageClient {
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final String site;

    /** {@code site}: the server's root, such as {@code http://127.0.0.1:3030}. */
    PageClient(String site) { this.site = site; }

    /** The ETag of the page at {@code path}; fails if the page has none. */
    String etag(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200)
            throw new IOException("HTTP " + r.statusCode() + " from " + path);
        return r.headers().firstValue("ETag").orElseThrow(() -> new IOException(path + " has no ETag"));
    }

    /** Milliseconds for one GET of the page at {@code path}, its whole body read; fails on any status but 200. */
    double fetch(String path) throws IOException, InterruptedException {
        HttpRequest request = request(path).build();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 200)
            throw new IOException("HTTP " + r.statusCode() + " (not 200) from " + path);
        return ms;
    }

    /** Milliseconds for one conditional GET; fails on any status but 304. */
    double revalidate(String path, String etag) throws IOException, InterruptedException {
        HttpRequest request = request(path).header("If-None-Match", etag).build();
        long t0 = System.nanoTime();
        HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
        double ms = (System.nanoTime() - t0) / 1e6;
        if (r.statusCode() != 304)
            throw new IOException("HTTP " + r.statusCode() + " (not 304) revalidating " + path);
        return ms;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(site + path)).timeout(Duration.ofSeconds(60));
    }
}
