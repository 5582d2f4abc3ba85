package org.eurasiakg.server.pages;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Reads what is left of a request's body once it has been answered. A refused write (405, 404)
 * is answered without reading the body; Jetty then closes the connection after the response has
 * gone out without saying so, and a client that reuses the connection (Java's HttpClient) fails
 * with "header parser received no bytes". Draining keeps the connection usable.
 */
final class DrainRequestBody implements Filter {
    private static final int MAX = 1 << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request.getContentLengthLong() == 0 || request.isAsyncStarted())
            return;
        try {
            InputStream in = request.getInputStream();
            byte[] buf = new byte[8192];
            long read = 0;
            for (int n; read < MAX && (n = in.read(buf)) > 0; )
                read += n;
        } catch (IllegalStateException | IOException usedAsReaderOrClosed) {
            // the body was read as characters, or the connection is gone: nothing to drain
        }
    }
}
