package org.eurasiakg.server;

import java.time.Duration;

import org.eurasiakg.federation.ServicePolicy;

/**
 * Where and how the endpoint listens. Port 0 picks a free port. {@code servicePolicy}: where a
 * query's SERVICE may go (Wikidata and DBpedia unless configured). {@code maxResults}: the most
 * rows a SELECT answers (more are cut off, and the response says so); {@code maxRequestBytes}:
 * the largest request body (413 beyond).
 */
public record ServerConfig(String host, int port, Duration queryTimeout, ServicePolicy servicePolicy,
                           int maxResults, long maxRequestBytes) {

    public ServerConfig(String host, int port, Duration queryTimeout, ServicePolicy servicePolicy) {
        this(host, port, queryTimeout, servicePolicy, DEFAULT_MAX_RESULTS, DEFAULT_MAX_REQUEST_BYTES);
    }

    public ServerConfig(String host, int port, Duration queryTimeout) {
        this(host, port, queryTimeout, ServicePolicy.defaults());
    }

    public ServerConfig withServicePolicy(ServicePolicy policy) {
        return new ServerConfig(host, port, queryTimeout, policy, maxResults, maxRequestBytes);
    }

    public ServerConfig withLimits(int maxResults, long maxRequestBytes) {
        return new ServerConfig(host, port, queryTimeout, servicePolicy, maxResults, maxRequestBytes);
    }

    public static final int DEFAULT_MAX_RESULTS = 10_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public static ServerConfig loopback(int port) {
        return new ServerConfig(DEFAULT_HOST, port, DEFAULT_TIMEOUT);
    }
}
