package dev.driftless.core.ledger;

import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger table of one database, read and written with sqlx's exact statements in sqlx's
 * order. Dialect differences come from the {@link LedgerDialect}; the sequence is the same for
 * every database.
 */
public final class Ledger {
    private final LedgerDialect dialect;
    private final LedgerTable table;

    public Ledger(LedgerDialect dialect, LedgerTable table) {
        this.dialect = dialect;
        this.table = table;
    }

    public LedgerDialect dialect() {
        return dialect;
    }

    public LedgerTable table() {
        return table;
    }

    public boolean exists(Connection connection) throws SQLException {
        return dialect.tableExists(connection, table);
    }

    /** Creates the configured schemas and the table if missing; an existing table is never altered. */
    public void ensure(Connection connection, List<String> createSchemas) throws SQLException {
        for (String schema : createSchemas) {
            dialect.createSchemaIfMissing(connection, schema);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(dialect.createTableSql(table));
        }
    }

    /** Every row, all six columns, by version; empty when the table does not exist yet. */
    public List<AppliedMigration> readAll(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return List.of();
        }
        String sql = "SELECT version, description, installed_on, success, checksum, execution_time FROM "
                + table.sqlName() + " ORDER BY version";
        List<AppliedMigration> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(new AppliedMigration(result.getLong(1), result.getString(2),
                        dialect.readInstalledOn(result, 3), result.getBoolean(4),
                        Checksum.of(result.getBytes(5)), result.getLong(6)));
            }
        }
        return rows;
    }

    /**
     * Runs the script and records it, as sqlx does: BEGIN (unless no-transaction), the SQL, the
     * INSERT with success TRUE and execution_time -1, COMMIT, then the UPDATE of execution_time.
     *
     * @return nanoseconds the migration took, as written to execution_time
     * @throws ScriptException when the migration's own SQL failed (nothing recorded)
     */
    public long apply(Connection connection, Migration migration, String sql) throws SQLException, ScriptException {
        long start = System.nanoTime();
        inTransactionUnless(migration.noTransaction(), connection, () -> {
            runScript(connection, sql, !migration.noTransaction());
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table.sqlName()
                    + " ( version, description, success, checksum, execution_time ) VALUES ( ?, ?, TRUE, ?, -1 )")) {
                insert.setLong(1, migration.version());
                insert.setString(2, migration.description());
                insert.setBytes(3, migration.checksum().bytes());
                insert.executeUpdate();
            }
        });
        long elapsed = System.nanoTime() - start;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table.sqlName() + " SET execution_time = ? WHERE version = ?")) {
            update.setLong(1, elapsed);
            update.setLong(2, migration.version());
            update.executeUpdate();
        }
        return elapsed;
    }

    /**
     * Runs a down script and deletes the row, as sqlx does: BEGIN (unless the down file says
     * no-transaction), the SQL, DELETE, COMMIT.
     *
     * @return nanoseconds the revert took
     */
    public long revert(Connection connection, long version, String downSql, boolean noTransaction)
            throws SQLException, ScriptException {
        long start = System.nanoTime();
        inTransactionUnless(noTransaction, connection, () -> {
            runScript(connection, downSql, !noTransaction);
            deleteRow(connection, version);
        });
        return System.nanoTime() - start;
    }

    /** Removes one row; used by revert and by ledger repairs. */
    public int deleteRow(Connection connection, long version) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + table.sqlName() + " WHERE version = ?")) {
            delete.setLong(1, version);
            return delete.executeUpdate();
        }
    }

    private void runScript(Connection connection, String sql, boolean inTransaction) throws ScriptException {
        try {
            dialect.executeScript(connection, sql, inTransaction);
        } catch (SQLException e) {
            throw new ScriptException(e);
        }
    }

    private static void inTransactionUnless(boolean noTransaction, Connection connection,
                                            LedgerWork<ScriptException> work) throws SQLException, ScriptException {
        if (noTransaction) {
            work.run();
            return;
        }
        inTransaction(connection, work);
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
     * Used by ledger repairs, whose statements must land together or not at all.
     */
    public static <E extends Exception> void inTransaction(Connection connection, LedgerWork<E> work)
            throws SQLException, E {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            work.run();
            connection.commit();
        } catch (Exception e) {
            // The clean-up goes to the failure's suppressed list: on a connection the server closed (the
            // failure itself) rollback and setAutoCommit throw too, and must not hide why it closed.
            rollbackQuietly(connection, e);
            restoreAutoCommitQuietly(connection, autoCommit, e);
            throw e;
        }
        connection.setAutoCommit(autoCommit);
    }

    private static void rollbackQuietly(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    private static void restoreAutoCommitQuietly(Connection connection, boolean autoCommit, Exception failure) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException restoreFailure) {
            failure.addSuppressed(restoreFailure);
        }
    }

    /** Statements that run together; {@code E} is the one checked exception besides SQLException they may throw. */
    @FunctionalInterface
    public interface LedgerWork<E extends Exception> {
        void run() throws SQLException, E;
    }

    /** The migration's own SQL failed (as opposed to the bookkeeping around it). */
    public static final class ScriptException extends Exception {
        public ScriptException(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        public SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }
}
