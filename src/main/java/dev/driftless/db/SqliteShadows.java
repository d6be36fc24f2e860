package dev.driftless.db;

import dev.driftless.core.schema.replay.Shadow;
import dev.driftless.core.schema.replay.ShadowFactory;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * SQLite shadows are in-memory databases: nothing to name, nothing left behind by a killed run,
 * and the same SQLite library as the file being checked. Foreign keys are enforced as on every
 * connection Driftless opens.
 */
public final class SqliteShadows implements ShadowFactory {
    private static final DatabaseUrl IN_MEMORY = DatabaseUrl.parse("sqlite::memory:");

    @Override
    public Shadow open() throws SQLException {
        Connection connection = IN_MEMORY.connect();
        return new Shadow() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public String description() {
                return "an in-memory SQLite database";
            }

            @Override
            public void close() throws SQLException {
                connection.close();
            }
        };
    }
}
