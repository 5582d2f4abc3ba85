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
 * one sent in chunks without a Content-Length (413), never name itself or its version, and write
 * its own errors as one plain line ({@link PlainErrorHandler}).
 */
final class Hardening {
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
                conf.setSendXPoweredBy(false);
            }
        }
    }
}
