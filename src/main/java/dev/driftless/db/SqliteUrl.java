package dev.driftless.db;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import static dev.driftless.db.UrlText.decode;
import static dev.driftless.db.UrlText.formDecode;
import static dev.driftless.db.UrlText.invalid;

/**
 * A SQLite URL ({@code sqlite://path}, {@code sqlite:path}, {@code sqlite:///abs/path}, {@code sqlite::memory:},
 * {@code ?mode=ro|rw|rwc|memory}), parsed as sqlx parses it. Equal to another when it names the same file (or
 * memory) in the same mode. It holds no password.
 */
public final class SqliteUrl implements DatabaseUrl {
    /** sqlx's default busy timeout for SQLite connections. */
    private static final int BUSY_TIMEOUT_MILLIS = 5_000;

    private final String written;
    /** Absolute and normalised; null for an in-memory database. */
    private final Path file;
    private final boolean createIfMissing;
    private final boolean readOnly;

    private SqliteUrl(String written, Path file, boolean createIfMissing, boolean readOnly) {
        this.written = written;
        this.file = file;
        this.createIfMissing = createIfMissing;
        this.readOnly = readOnly;
    }

    @Override
    public Kind kind() {
        return Kind.SQLITE;
    }

    /** The URL as written: it holds no password. */
    @Override
    public String masked() {
        return written;
    }

    @Override
    public String toString() {
        return written;
    }

    @Override
    public String databaseName() {
        return file == null ? ":memory:" : file.toString();
    }

    /** Always: a SQLite file is on this machine. */
    @Override
    public boolean isLocal() {
        return true;
    }

    @Override
    public DatabaseIdentity identity() {
        return DatabaseIdentity.sqlite(file);
    }

    /** The absolute database file; empty for an in-memory database. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** True for {@code mode=rwc}: connecting may create the file. */
    public boolean createIfMissing() {
        return createIfMissing;
    }

    /** True for {@code mode=ro}. */
    public boolean readOnly() {
        return readOnly;
    }

    /** The same file as if the URL said {@code mode=rwc}, for {@link DatabaseAdmin#create}. */
    SqliteUrl withCreateIfMissing() {
        return file == null ? this : new SqliteUrl(written, file, true, false);
    }

    /** A SQLite URL holds no password: the message is returned as it is. */
    @Override
    public String scrub(String message) {
        return message;
    }

    /** Opening a file does not wait on a server; the busy timeout (sqlx's 5 s) stays as it is. */
    @Override
    public SqliteUrl withConnectTimeout(Duration timeout) {
        return this;
    }

    /** Foreign keys are enforced and a busy timeout is set, as sqlx does by default. */
    @Override
    public Connection connect() throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        if (file == null) {
            return config.createConnection("jdbc:sqlite::memory:");
        }
        if (!Files.exists(file) && !createIfMissing) {
            throw new SQLException("database file " + file + " does not exist", DatabaseErrors.MISSING_DATABASE);
        }
        if (readOnly) {
            config.setReadOnly(true);
        }
        if (!createIfMissing) {
            // Also closes the race where the file vanishes between the check above and the open.
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SqliteUrl that && Objects.equals(file, that.file)
                && createIfMissing == that.createIfMissing && readOnly == that.readOnly;
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, createIfMissing, readOnly);
    }

    static SqliteUrl parse(String url, Path baseDirectory) {
        // sqlx strips "sqlite://" or else "sqlite:" and takes the rest as a path, so
        // sqlite:///abs is absolute and sqlite://rel is relative.
        String rest = UrlText.startsWithIgnoreCase(url, "sqlite://") ? url.substring(9) : url.substring(7);
        int queryStart = rest.indexOf('?');
        String rawPath = queryStart < 0 ? rest : rest.substring(0, queryStart);
        boolean memory = rawPath.equals(":memory:");
        boolean createIfMissing = false;
        boolean readOnly = false;
        if (queryStart >= 0) {
            for (String pair : rest.substring(queryStart + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] keyValue = pair.split("=", 2);
                String key = formDecode(keyValue[0], url);
                String value = keyValue.length > 1 ? formDecode(keyValue[1], url) : "";
                if (!key.equals("mode")) {
                    throw invalid(url, "has the query parameter `" + key + "`, which Driftless does not support;"
                            + " only `mode` (ro, rw, rwc or memory) is");
                }
                // As in sqlx, the last mode wins.
                createIfMissing = value.equals("rwc");
                readOnly = value.equals("ro");
                switch (value) {
                    case "ro", "rw", "rwc" -> { }
                    case "memory" -> memory = true;
                    default -> throw invalid(url, "has mode=" + value + "; use ro, rw, rwc or memory");
                }
            }
        }
        if (memory) {
            return new SqliteUrl(url, null, false, false);
        }
        if (rawPath.isEmpty()) {
            throw invalid(url, "names no database file; write sqlite://path/to/file.db or sqlite::memory:");
        }
        Path file = baseDirectory.resolve(decode(rawPath, url, "file path")).toAbsolutePath().normalize();
        return new SqliteUrl(url, file, createIfMissing, readOnly);
    }
}
