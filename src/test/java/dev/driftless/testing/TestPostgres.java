package dev.driftless.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One embedded PostgreSQL server for the whole test run (started on first use, stopped at JVM exit);
 * each test asks for a fresh database of its own so tests never see each other's tables.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASE_COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    /** The shared server, started on first call. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("could not start embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the data directory is a temporary one
                }
            }));
        }
        return server;
    }

    /** Creates an empty database with a unique name and returns its name. */
    public static String createDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + DATABASE_COUNTER.incrementAndGet();
        try (Connection admin = server().getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
        return name;
    }

    /** A `postgres://` URL (sqlx form) for the given database on the shared server. */
    public static String url(String database) {
        return "postgres://postgres:postgres@localhost:" + server().getPort() + "/" + database;
    }

    /** A fresh database's sqlx-style URL. */
    public static String freshDatabaseUrl() {
        return url(createDatabase());
    }

    /** A plain JDBC connection to one database of the shared server, for assertions. */
    public static Connection connect(String database) throws SQLException {
        return server().getDatabase("postgres", database).getConnection();
    }
}
