package dev.driftless.db;

import java.sql.SQLTimeoutException;
import java.time.Duration;

/**
 * No connection to a PostgreSQL server within the time the person allowed
 * ({@link DatabaseUrl#withConnectTimeout}): it refused, reset or never answered. Carries the
 * parts of the message so that the command line and the window can each word it.
 */
public final class ConnectTimeoutException extends SQLTimeoutException {
    private final String maskedUrl;
    private final Duration limit;
    private final String lastError;

    ConnectTimeoutException(String maskedUrl, Duration limit, String lastError) {
        super("could not connect to " + maskedUrl + " within " + limit.toSeconds() + " s: " + lastError, "08001");
        this.maskedUrl = maskedUrl;
        this.limit = limit;
        this.lastError = lastError;
    }

    /** The database, its password masked. */
    public String maskedUrl() {
        return maskedUrl;
    }

    public Duration limit() {
        return limit;
    }

    /** What the driver said about the last attempt, password scrubbed. */
    public String lastError() {
        return lastError;
    }
}
