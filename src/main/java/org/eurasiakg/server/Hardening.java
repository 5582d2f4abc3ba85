package org.eurasiakg.server;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * What Jetty itself must do before any servlet runs: cut off a request body over the limit, even
 * one sent in chunks without a Content-Length (413), refuse request headers over 64 KB (431), never
 * name itself or its version, and write its own errors as one plain line ({@link PlainErrorHandler}).
 */
final class Hardening {
    static final int MAX_HEADER_BYTES = 64 * 1024;

    private Hardening() {}

    static void apply(Server jetty, long maxRequestBytes) {
        Handler app = jetty.getHandler();
        SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
        limit.setHandler(app);
        jetty.setHandler(limit);
        PlainErrorHandler errors = new PlainErrorHandler();
        jetty.setErrorHandler(errors);
        for (ServletContextHandler context : jetty.getDescendants(ServletContextHandler.class))
            context.setErrorHandler(errors);
        for (Connector c : jetty.getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                HttpConfiguration conf = http.getHttpConfiguration();
                conf.setSendServerVersion(false);
                // request line and headers together: room for a long GET query (longer ones go by POST); beyond, 431
                conf.setRequestHeaderSize(MAX_HEADER_BYTES);
                conf.setSendXPoweredBy(false);
            }
        }
    }
}
