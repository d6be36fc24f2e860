package dev.driftless.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code database create / drop} and the existence check, with sqlx-cli's exact behaviour.
 * PostgreSQL work happens over a maintenance connection to {@code postgres} ({@code template1}
 * when the target itself is {@code postgres}, as {@code createdb} does); SQLite work is file work.
 * In-memory SQLite always exists and cannot be created or dropped.
 */
public final class DatabaseAdmin {

    /** Files SQLite keeps next to a database; left behind they would haunt a new file of the same name. */
    private static final List<String> SQLITE_SIDE_FILE_SUFFIXES = List.of("-wal", "-shm", "-journal",
            SqliteLockFile.SUFFIX);
    /** The first 16 bytes of every SQLite database file (sqlite.org/fileformat.html, "The Database Header"). */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseAdmin() {
    }

    /**
     * Creates the database: {@code CREATE DATABASE} on PostgreSQL (fails if it exists), or the
     * SQLite file and its parent folders (an existing file is left as it is) in WAL mode, as
     * sqlx-cli does by default.
     */
    public static void create(DatabaseUrl url) throws SQLException {
        create(url, true);
    }

    /**
     * As {@link #create(DatabaseUrl)}; a new SQLite file is put in WAL mode only when
     * {@code sqliteWal} (sqlx-cli's {@code --sqlite-create-db-wal}), else it keeps SQLite's
     * default rollback journal. WAL mode stays with the file; a journal mode is otherwise per connection.
     */
    public static void create(DatabaseUrl url, boolean sqliteWal) throws SQLException {
        if (url instanceof PostgresUrl postgres) {
            try (Connection connection = maintenanceConnection(postgres);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + quoted(url.databaseName()));
            }
            return;
        }
        SqliteUrl sqlite = (SqliteUrl) url;
        Optional<Path> file = sqlite.file();
        if (file.isEmpty()) {
            return;
        }
        createParentFolders(file.get());
        // Opening creates the file; WAL mode is then written into it.
        try (Connection connection = sqlite.withCreateIfMissing().connect()) {
            if (sqliteWal) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA journal_mode = WAL");
                }
            }
        }
    }

    /**
     * Drops the database if it exists. With {@code force} on PostgreSQL, other sessions on it are
     * terminated first (otherwise PostgreSQL refuses while anyone is connected). For SQLite the file
     * and its -wal, -shm and -journal siblings are deleted; {@code force} changes nothing there.
     * A path that is not a SQLite database is refused before anything is deleted (see
     * {@link #requireSqliteDatabase}): a mistyped URL must not delete someone's notes.
     */
    public static void drop(DatabaseUrl url, boolean force) throws SQLException {
        if (url instanceof PostgresUrl postgres) {
            try (Connection connection = maintenanceConnection(postgres)) {
                if (force) {
                    terminateOtherSessions(connection, url.databaseName());
                }
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS " + quoted(url.databaseName()));
                }
            }
            return;
        }
        Optional<Path> file = ((SqliteUrl) url).file();
        if (file.isEmpty()) {
            return;
        }
        if (Files.exists(file.get())) {
            requireSqliteDatabase(file.get());
        }
        delete(file.get());
        for (String suffix : SQLITE_SIDE_FILE_SUFFIXES) {
            delete(file.get().resolveSibling(file.get().getFileName() + suffix));
        }
    }

    /** Whether the database exists (always true for in-memory SQLite). */
    public static boolean exists(DatabaseUrl url) throws SQLException {
        if (url instanceof SqliteUrl sqlite) {
            return sqlite.file().map(Files::exists).orElse(true);
        }
        try (Connection connection = maintenanceConnection((PostgresUrl) url);
             PreparedStatement query = connection.prepareStatement(
                     "select exists(SELECT 1 from pg_database WHERE datname = ?)")) {
            query.setString(1, url.databaseName());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static Connection maintenanceConnection(PostgresUrl url) throws SQLException {
        String maintenance = url.databaseName().equals("postgres") ? "template1" : "postgres";
        return url.withDatabase(maintenance).connect();
    }

    private static void terminateOtherSessions(Connection connection, String database) throws SQLException {
        try (PreparedStatement terminate = connection.prepareStatement(
                "SELECT pg_terminate_backend(pg_stat_activity.pid) FROM pg_stat_activity"
                        + " WHERE pg_stat_activity.datname = ? AND pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            terminate.executeQuery().close();
        }
    }

    /** A PostgreSQL identifier in double quotes, any {@code "} doubled, as sqlx writes it. */
    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void createParentFolders(Path file) throws SQLException {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new SQLException("cannot create the folder for database file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Refuses a directory, anything else that is not a regular file (a device or a pipe: reading
     * one could block), and a file that does not start with SQLite's header. An empty file is
     * accepted: SQLite itself opens it as an empty database (and {@code mode=rwc} may have left it
     * so), and deleting it loses nothing.
     */
    private static void requireSqliteDatabase(Path file) throws SQLException {
        if (Files.isDirectory(file)) {
            throw new SQLException(file + " is a directory, not a SQLite database; nothing was deleted");
        }
        if (!Files.isRegularFile(file)) {
            throw new SQLException(file + " is not a regular file, so not a SQLite database; nothing was deleted");
        }
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(SQLITE_HEADER.length);
        } catch (IOException e) {
            throw new SQLException("cannot read " + file + " to check that it is a SQLite database: " + e.getMessage()
                    + "; nothing was deleted", e);
        }
        if (header.length > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
            throw new SQLException(file + " is not a SQLite database (it does not start with \"SQLite format 3\");"
                    + " nothing was deleted");
        }
    }

    private static void delete(Path file) throws SQLException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new SQLException("cannot delete database file " + file + ": " + e.getMessage(), e);
        }
    }
}
