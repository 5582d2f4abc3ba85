package org.eurasiakg.server;

import java.time.Duration;

/** Where and how the endpoint listens. Port 0 picks a free port. */
public record ServerConfig(String host, int port, Duration queryTimeout) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public static ServerConfig loopback(int port) {
        return new ServerConfig(DEFAULT_HOST, port, DEFAULT_TIMEOUT);
    }
}
