package org.eurasiakg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code /robots.txt} (naming the sitemap at its absolute URL, as the protocol wants) and {@code /favicon.ico}. */
final class CrawlerFiles extends HttpServlet {
    static final String ROBOTS = "/robots.txt";
    static final String FAVICON = "/favicon.ico";
    private static final String ROBOTS_TEXT = new String(resource("robots.txt"), StandardCharsets.UTF_8);
    private static final byte[] ICON = resource("favicon.ico");

    private final String publicBase;

    CrawlerFiles(String publicBase) { this.publicBase = publicBase; }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean robots = request.getServletPath().equals(ROBOTS);
        byte[] body = robots
                ? ROBOTS_TEXT.replace("{sitemap}", SiteBase.of(request, publicBase) + SiteMap.PATH.substring(1)).getBytes(StandardCharsets.UTF_8)
                : ICON;
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(robots ? "text/plain; charset=utf-8" : "image/x-icon");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static byte[] resource(String name) {
        try (InputStream in = CrawlerFiles.class.getResourceAsStream("site/" + name)) {
            if (in == null)
                throw new IllegalStateException("missing resource site/" + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
