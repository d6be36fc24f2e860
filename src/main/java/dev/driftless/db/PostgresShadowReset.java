package dev.driftless.db;

import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.replay.Shadow;
import dev.driftless.core.schema.replay.ShadowUnavailableException;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database the user gives to be the shadow, for a role that may not create databases: emptied
 * before each use (every extension but plpgsql, every schema but public, and everything in public
 * dropped), then given the checked database's extensions. Never the checked database itself.
 * What the replay builds in it stays there afterwards.
 */
final class PostgresShadowReset {
    /** Every relation, routine and type in public as DROP statements; CASCADE takes what depends on them. */
    private static final String PUBLIC_OBJECTS = "SELECT 'DROP ' || CASE c.relkind WHEN 'v' THEN 'VIEW'"
            + " WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END"
            + " || ' IF EXISTS public.' || quote_ident(c.relname) || ' CASCADE'"
            + " FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace"
            + " AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"
            + " UNION ALL SELECT 'DROP ' || CASE p.prokind WHEN 'p' THEN 'PROCEDURE' WHEN 'a' THEN 'AGGREGATE'"
            + " ELSE 'FUNCTION' END || ' IF EXISTS public.' || quote_ident(p.proname)"
            + " || '(' || pg_get_function_identity_arguments(p.oid) || ') CASCADE'"
            + " FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace"
            + " UNION ALL SELECT 'DROP ' || CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END"
            + " || ' IF EXISTS public.' || quote_ident(t.typname) || ' CASCADE'"
            + " FROM pg_type t WHERE t.typnamespace = 'public'::regnamespace AND (t.typtype IN ('e', 'd', 'r')"
            + " OR t.typtype = 'c' AND (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c')";

    private PostgresShadowReset() {
    }

    static Shadow open(PostgresUrl database, PostgresUrl given, List<PostgresExtension> extensions)
            throws SQLException, ShadowUnavailableException {
        if (given.identity().equals(database.identity())) {
            throw new ShadowUnavailableException(ShadowUnavailableException.Reason.SHADOW_IS_THE_DATABASE,
                    "the shadow database " + given.masked() + " is the database being checked; name another one,"
                            + " which will be emptied");
        }
        Connection connection = given.connect();
        try {
            empty(connection, given);
            PostgresExtension.createAll(connection, extensions);
            return new GivenShadow(given, connection);
        } catch (SQLException | ShadowUnavailableException | RuntimeException e) {
            PostgresShadows.closeQuietly(connection, e);
            throw e;
        }
    }

    private static void empty(Connection connection, PostgresUrl given) throws SQLException, ShadowUnavailableException {
        List<String> drops = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            collect(statement, "SELECT 'DROP EXTENSION IF EXISTS ' || quote_ident(extname) || ' CASCADE'"
                    + " FROM pg_extension WHERE extname <> 'plpgsql'", drops);
            collect(statement, "SELECT 'DROP SCHEMA IF EXISTS ' || quote_ident(nspname) || ' CASCADE' FROM pg_namespace"
                    + " WHERE nspname NOT IN ('pg_catalog', 'information_schema', 'public')"
                    + " AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp%'", drops);
            collect(statement, PUBLIC_OBJECTS, drops);
            for (String drop : drops) {
                statement.execute(drop);
            }
        } catch (SQLException e) {
            throw notEmptied(given, given.scrub(e.getMessage()));
        }
        List<String> left = new PostgresSchemaReader().read(connection, LedgerTable.DEFAULT).objects().stream()
                .filter(object -> !(object.kind() == ObjectKind.SCHEMA && object.name().equals("public")))
                .map(SchemaObject::key).map(Object::toString).limit(5).toList();
        if (!left.isEmpty()) {
            throw notEmptied(given, "still there: " + String.join(", ", left));
        }
    }

    private static ShadowUnavailableException notEmptied(PostgresUrl given, String why) {
        return new ShadowUnavailableException(ShadowUnavailableException.Reason.NOT_EMPTIED,
                "cannot empty the shadow database " + given.masked() + ": " + why);
    }

    private static void collect(Statement statement, String query, List<String> into) throws SQLException {
        try (ResultSet row = statement.executeQuery(query)) {
            while (row.next()) {
                into.add(row.getString(1));
            }
        }
    }

    /** The given database, emptied; closing only disconnects. */
    private record GivenShadow(PostgresUrl url, Connection connection) implements Shadow {
        @Override
        public String description() {
            return "the database " + url.masked() + ", emptied first";
        }

        @Override
        public void close() throws SQLException {
            boolean interrupted = Thread.interrupted();
            try {
                connection.close();
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
