package dev.driftless.db;

import dev.driftless.core.schema.SqlIdentifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** An extension of the checked database, to be created in a shadow before the replay. */
record PostgresExtension(String name, String schema) {

    /** The database's extensions but plpgsql (every database has it) and those named in {@code leftOut}. */
    static List<PostgresExtension> of(Connection connection, Set<String> leftOut) throws SQLException {
        List<PostgresExtension> extensions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT e.extname, n.nspname FROM pg_extension e"
                     + " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname <> 'plpgsql' ORDER BY e.oid")) {
            while (row.next()) {
                if (!leftOut.contains(row.getString(1))) {
                    extensions.add(new PostgresExtension(row.getString(1), row.getString(2)));
                }
            }
        }
        return extensions;
    }

    /** Creates each in its schema (made if missing), in the order the database got them, with what they need. */
    static void createAll(Connection connection, List<PostgresExtension> extensions) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (PostgresExtension extension : extensions) {
                if (!extension.schema.equals("public")) {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS " + SqlIdentifiers.quote(extension.schema));
                }
                statement.execute("CREATE EXTENSION IF NOT EXISTS " + SqlIdentifiers.quote(extension.name)
                        + " WITH SCHEMA " + SqlIdentifiers.quote(extension.schema) + " CASCADE");
            }
        }
    }
}
