package org.eurasiakg.server.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Writes pages with the headers every page gets: a strict Content-Security-Policy above all. */
public final class Respond {
    /** Nothing but this server's own files: no inline script or style, no frames, no plugins. */
    static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private Respond() {}

    static void securityHeaders(HttpServletResponse r) {
        r.setHeader("Content-Security-Policy", CSP);
        r.setHeader("X-Content-Type-Options", "nosniff");
        r.setHeader("Referrer-Policy", "same-origin");
    }

    public static void html(HttpServletResponse r, int status, String html) throws IOException {
        bytes(r, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    public static void text(HttpServletResponse r, int status, String text) throws IOException {
        bytes(r, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    public static void bytes(HttpServletResponse r, int status, String contentType, byte[] body) throws IOException {
        r.setStatus(status);
        securityHeaders(r);
        r.setContentType(contentType);
        r.setContentLength(body.length);
        try (OutputStream out = r.getOutputStream()) {
            out.write(body);
        }
    }

    /** 303 See Other: the thing itself is not a document; its description is there. */
    static void seeOther(HttpServletResponse r, String location) {
        r.setStatus(HttpServletResponse.SC_SEE_OTHER);
        securityHeaders(r);
        r.setHeader("Location", location);
        r.setHeader("Vary", "Accept");
        r.setContentLength(0);
    }
}
