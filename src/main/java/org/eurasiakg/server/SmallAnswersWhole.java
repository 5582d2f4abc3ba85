package org.eurasiakg.server;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Fuseki flushes its answers once written, before they are complete as far as Jetty knows; gzip
 * must then decide before it has seen the size, and compresses a 60-byte ASK answer. Without the
 * early flush, an answer smaller than the response buffer goes out whole, with its length, and gzip
 * leaves the tiny ones alone; a large answer still streams as the buffer fills.
 */
final class SmallAnswersWhole implements Filter {
    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        chain.doFilter(req, new HttpServletResponseWrapper((HttpServletResponse) resp) {
            private ServletOutputStream out;

            @Override
            public ServletOutputStream getOutputStream() throws IOException {
                if (out == null)
                    out = new NoFlush(super.getOutputStream());
                return out;
            }

            @Override
            public void flushBuffer() {}
        });
    }

    private static final class NoFlush extends ServletOutputStream {
        private final ServletOutputStream out;

        NoFlush(ServletOutputStream out) { this.out = out; }

        @Override
        public void write(int b) throws IOException { out.write(b); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override
        public void flush() {}

        @Override
        public void close() throws IOException { out.close(); }

        @Override
        public boolean isReady() { return out.isReady(); }

        @Override
        public void setWriteListener(WriteListener listener) { out.setWriteListener(listener); }
    }
}
