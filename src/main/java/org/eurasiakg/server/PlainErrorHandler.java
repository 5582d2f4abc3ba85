package org.eurasiakg.server;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error responses (a malformed or ambiguous URI, a body over the size limit, ...) as
 * one plain line: no HTML, no servlet message, no stack trace, no server version. A path that Jetty
 * refuses because it climbs out of the site ({@code ..}, encoded or not) answers 404 like any
 * other path that names nothing here; a path that is not UTF-8 stays 400.
 */
final class PlainErrorHandler extends ErrorHandler {
    PlainErrorHandler() {
        setShowStacks(false);
        setShowCauses(false);
        setShowMessageInTitle(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        int status = code == HttpStatus.BAD_REQUEST_400 && pathNamesNothing(request, message) ? HttpStatus.NOT_FOUND_404 : code;
        String reason = HttpStatus.getMessage(status);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Content.Sink.write(response, true, status + " " + reason + "\n", callback);
    }

    /**
     * Jetty refused the path itself: it climbs above the root ({@code /id/../../etc/passwd}: Jetty
     * then knows the request only as {@code /badMessage}) or hides a dot or a slash in an encoding.
     */
    private static boolean pathNamesNothing(Request request, String message) {
        String raw = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        if (raw == null || raw.equals("/badMessage") || (message != null && message.contains("Ambiguous")))
            return true;
        String p = raw.toLowerCase(Locale.ROOT);
        // %c0%ae and %c0%af: the overlong (invalid) UTF-8 for "." and "/", an old way round path checks
        return p.contains("..") || p.contains("%2e") || p.contains("%2f") || p.contains("%5c") || p.contains("%c0%ae")
                || p.contains("%c0%af");
    }

    /** The body of a 413 or 400 that Jetty writes before any handler runs. */
    @Override
    public java.nio.ByteBuffer badMessageError(int status, String reason, org.eclipse.jetty.http.HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
        return java.nio.ByteBuffer.wrap((status + " " + HttpStatus.getMessage(status) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
