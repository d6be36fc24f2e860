package dev.driftless.db;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * A database URL in sqlx's syntax, parsed the way sqlx parses it: {@link PostgresUrl} for
 * {@code postgres://user:pass@host:port/db?sslmode=require} (or {@code postgresql://}), {@link SqliteUrl}
 * for {@code sqlite://path}, {@code sqlite:path}, {@code sqlite:///abs/path}, {@code sqlite::memory:},
 * {@code sqlite://path?mode=rwc|rw|ro|memory}. Each kind is a value: equal when it reaches the same database
 * the same way.
 * <p>
 * The password never leaves a URL in readable form: {@link #toString()} and every error message show
 * {@link #masked()}, and {@link #scrub(String)} cleans driver messages.
 */
public sealed interface DatabaseUrl permits PostgresUrl, SqliteUrl {

    /** The database engines Driftless talks to. */
    enum Kind { POSTGRES, SQLITE }

    /** Parses a URL; relative SQLite paths are taken from the process's current directory. */
    static DatabaseUrl parse(String url) {
        return parse(url, Path.of("").toAbsolutePath());
    }

    /**
     * Parses a URL; relative SQLite paths are taken from {@code baseDirectory}.
     *
     * @throws IllegalArgumentException naming the (password-masked) URL and what is wrong with it
     */
    static DatabaseUrl parse(String url, Path baseDirectory) {
        Objects.requireNonNull(url, "url");
        String trimmed = url.strip();
        if (UrlText.startsWithIgnoreCase(trimmed, "postgres://") || UrlText.startsWithIgnoreCase(trimmed, "postgresql://")) {
            return PostgresUrl.parse(trimmed);
        }
        if (UrlText.startsWithIgnoreCase(trimmed, "sqlite:")) {
            return SqliteUrl.parse(trimmed, baseDirectory);
        }
        throw UrlText.invalid(PasswordMasking.maskUrl(trimmed), trimmed.isEmpty() ? "is empty"
                : "is not supported; use postgres://, postgresql://, sqlite: or sqlite://");
    }

    Kind kind();

    /** The URL as given, with the password (in the user info or a {@code password=} parameter) as {@code ****}. */
    String masked();

    /** The PostgreSQL database (the user name when the URL names none), the SQLite file, or {@code :memory:}. */
    String databaseName();

    /** True for SQLite and for a PostgreSQL server on this machine (worth knowing before a drop or a repair). */
    boolean isLocal();

    /** Which database this is, free of credentials: equal for two URLs that reach the same database. */
    DatabaseIdentity identity();

    /** The message with the password replaced by {@code ****} wherever it appears. */
    String scrub(String message);

    /**
     * Opens a connection: PostgreSQL credentials travel in connection properties, never in the JDBC URL; a
     * SQLite file is created only with {@code mode=rwc}, as in sqlx.
     *
     * @throws ConnectTimeoutException when a {@link #withConnectTimeout connect timeout} ran out
     * @throws SQLException            with the password scrubbed from the driver's message, or naming the missing
     *                                 SQLite file
     */
    Connection connect() throws SQLException;

    /**
     * The same URL, connecting within {@code timeout} as sqlx-cli's {@code --connect-timeout}. SQLite has no
     * server to wait for: the URL itself is returned.
     */
    DatabaseUrl withConnectTimeout(Duration timeout);
}
