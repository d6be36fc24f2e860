package dev.driftless.db;

/**
 * A project setting that cannot be used: a malformed or mistyped {@code sqlx.toml} or {@code .env},
 * or a database URL that is set nowhere. The message names the file or setting and what to do, so
 * callers show it as is.
 */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
