package dev.driftless.db;

import dev.driftless.core.schema.replay.Shadow;
import dev.driftless.core.schema.replay.ShadowFactory;
import dev.driftless.core.schema.replay.ShadowUnavailableException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Shadows on the PostgreSQL server of the database being checked (same version, so deparsed text
 * compares): a temporary database {@code driftless_shadow_<12 hex digits>} made from
 * {@code template0} with the checked database's encoding and locale, given that database's
 * extensions (but those the migrations create themselves) and nothing else, and dropped
 * {@code WITH (FORCE)} when closed. Before making one, shadows that a killed run left behind are
 * dropped: only databases named exactly so, and only when no session uses them (a check running
 * elsewhere keeps its own). A role that may not create databases can name one to be emptied and
 * used instead ({@link PostgresShadowReset}).
 */
public final class PostgresShadows implements ShadowFactory {
    /** Every temporary shadow's name starts so; nothing else is ever dropped. */
    public static final String PREFIX = "driftless_shadow_";
    private static final Pattern SHADOW_NAME = Pattern.compile(Pattern.quote(PREFIX) + "[0-9a-f]{12}");
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private final PostgresUrl database;
    private final PostgresUrl given;
    private final Set<String> extensionsMigrationsCreate;

    /**
     * @param database                   the database being checked: the shadow goes on its server
     * @param given                      a database to empty and use instead of a temporary one, or null
     * @param extensionsMigrationsCreate extensions the replayed migrations create themselves, not created beforehand
     */
    public PostgresShadows(PostgresUrl database, PostgresUrl given, Set<String> extensionsMigrationsCreate) {
        this.database = database;
        this.given = given;
        this.extensionsMigrationsCreate = Set.copyOf(extensionsMigrationsCreate);
    }

    /** The shadows left by runs that were killed: their names, for tests and reports. */
    public static List<String> leftovers(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT datname FROM pg_database"
                     + " WHERE datname LIKE 'driftless\\_shadow\\_%' AND datname <> current_database() ORDER BY datname")) {
            while (row.next()) {
                if (SHADOW_NAME.matcher(row.getString(1)).matches()) {
                    names.add(row.getString(1));
                }
            }
        }
        return names;
    }

    @Override
    public Shadow open() throws SQLException, ShadowUnavailableException {
        if (given != null) {
            return PostgresShadowReset.open(database, given, extensions());
        }
        Connection admin = database.connect();
        try {
            List<PostgresExtension> extensions = PostgresExtension.of(admin, extensionsMigrationsCreate);
            removeLeftovers(admin);
            String name = PREFIX + HexFormat.of().formatHex(randomBytes());
            create(admin, name);
            return TemporaryShadow.connect(admin, name, database.withDatabase(name), extensions);
        } catch (SQLException | ShadowUnavailableException | RuntimeException e) {
            closeQuietly(admin, e);
            throw e;
        }
    }

    private List<PostgresExtension> extensions() throws SQLException {
        try (Connection connection = database.connect()) {
            return PostgresExtension.of(connection, extensionsMigrationsCreate);
        }
    }

    private void create(Connection admin, String name) throws SQLException, ShadowUnavailableException {
        String encoding;
        String collate;
        String ctype;
        try (Statement statement = admin.createStatement();
             ResultSet row = statement.executeQuery("SELECT pg_encoding_to_char(encoding), datcollate, datctype"
                     + " FROM pg_database WHERE datname = current_database()")) {
            row.next();
            encoding = row.getString(1);
            collate = row.getString(2);
            ctype = row.getString(3);
        }
        try (Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING " + literal(encoding)
                    + " LC_COLLATE " + literal(collate) + " LC_CTYPE " + literal(ctype));
        } catch (SQLException e) {
            if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                throw new ShadowUnavailableException(ShadowUnavailableException.Reason.CREATE_DATABASE_REFUSED,
                        "cannot create a shadow database on the server of " + database.masked() + ": "
                                + database.scrub(e.getMessage()) + " (the role needs the CREATEDB permission)");
            }
            throw e;
        }
    }

    /** Drops leftover shadows no session is using; one in use (SQLSTATE 55006) or not ours to drop is left alone. */
    private static void removeLeftovers(Connection admin) throws SQLException {
        for (String name : leftovers(admin)) {
            try (Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
            } catch (SQLException inUseOrNotOurs) {
                // another check's shadow, or another role's: not ours to remove
            }
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }

    /** A database made for one check, dropped when closed. */
    private static final class TemporaryShadow implements Shadow {
        private final Connection admin;
        private final String name;
        private final Connection connection;

        private TemporaryShadow(Connection admin, String name, Connection connection) {
            this.admin = admin;
            this.name = name;
            this.connection = connection;
        }

        static TemporaryShadow connect(Connection admin, String name, PostgresUrl url, List<PostgresExtension> extensions)
                throws SQLException {
            Connection connection = null;
            try {
                connection = url.connect();
                try (Statement statement = connection.createStatement()) {
                    // Its data is thrown away: waiting for each commit to reach the disk buys nothing.
                    statement.execute("SET synchronous_commit = off");
                }
                PostgresExtension.createAll(connection, extensions);
                return new TemporaryShadow(admin, name, connection);
            } catch (SQLException | RuntimeException e) {
                if (connection != null) {
                    closeQuietly(connection, e);
                }
                try {
                    drop(admin, name);
                } catch (SQLException dropFailure) {
                    e.addSuppressed(dropFailure);
                }
                throw e;
            }
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public String description() {
            return "a temporary database " + name + " on the same server";
        }

        @Override
        public void close() throws SQLException {
            // JDBC calls may refuse to run on an interrupted thread; the drop must run anyway.
            boolean interrupted = Thread.interrupted();
            try (admin) {
                try {
                    connection.close();
                } finally {
                    drop(admin, name);
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        private static void drop(Connection admin, String name) throws SQLException {
            int version = admin.getMetaData().getDatabaseMajorVersion();
            try (Statement statement = admin.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + (version >= 13 ? " WITH (FORCE)" : ""));
            }
        }
    }
}
