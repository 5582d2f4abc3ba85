package org.eurasiakg.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with one plain line, what no handler should have to cope with: a query string that is
 * not percent-encoded UTF-8 (400, where decoding it deep inside a page would be a 500), and a
 * body longer than the limit announced in Content-Length (413; a longer chunked body is cut off
 * by Jetty's size limit, see {@link KgServer}).
 */
final class RequestGuard implements Filter {
    private final long maxRequestBytes;

    RequestGuard(long maxRequestBytes) { this.maxRequestBytes = maxRequestBytes; }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        if (request.getContentLengthLong() > maxRequestBytes) {
            refuse(response, 413, "413 Payload Too Large: the request body is " + request.getContentLengthLong()
                    + " bytes; the limit is " + maxRequestBytes);
            return;
        }
        String query = request.getQueryString();
        if (query != null && !isUtf8(query)) {
            refuse(response, 400, "400 Bad Request: the query string is not percent-encoded UTF-8");
            return;
        }
        chain.doFilter(req, resp);
    }

    static void refuse(HttpServletResponse response, int status, String line) throws IOException {
        byte[] body = (line + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setHeader("Connection", "close");
        response.setContentType("text/plain; charset=utf-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Decodes %XX escapes strictly: a malformed escape or byte sequence is not UTF-8. */
    static boolean isUtf8(String encoded) {
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length() * 3);
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length())
                    return false;
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0)
                    return false;
                bytes.put((byte) (hi * 16 + lo));
                i += 2;
            } else
                bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        }
        bytes.flip();
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
