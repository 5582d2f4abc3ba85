package org.eurasiakg.federation;

import org.apache.jena.atlas.web.HttpException;

/**
 * A query asked for a {@code SERVICE} that is not on the allow-list. An {@link HttpException}
 * so that Fuseki answers with its status (403) and this one-line message, and no stack trace.
 */
public final class ServiceRefusedException extends HttpException {
    public static final int STATUS = 403;

    private final String reason;

    public ServiceRefusedException(String reason) {
        super(STATUS, reason, null);
        this.reason = reason;
    }

    @Override
    public String getMessage() { return reason; }
}
