package dev.driftless.testing;

import dev.driftless.db.DatabaseUrl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes ledger rows the way another process would: over a connection of its own. */
public final class LedgerRows {
    private LedgerRows() {
    }

    /** Inserts a successful row for {@code version} with a zero checksum into {@code _sqlx_migrations}. */
    public static void insertByAnotherConnection(DatabaseUrl url, long version) throws SQLException {
        try (Connection other = url.connect(); PreparedStatement insert = other.prepareStatement(
                "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
                        + "VALUES (?, 'row', TRUE, ?, -1)")) {
            insert.setLong(1, version);
            insert.setBytes(2, new byte[48]);
            insert.executeUpdate();
        }
    }
}
