package dev.driftless.core.ledger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * What differs between databases (sqlx's `Migrate` trait per driver): the ledger DDL, how a
 * script is sent, how the timestamp column reads back, and locking. The statement sequence
 * itself lives once, in {@link Ledger}.
 */
public interface LedgerDialect {

    /** The {@link #ledgerFingerprint} of a database that has no ledger table (yet). */
    String ABSENT_LEDGER = "absent";

    /** "PostgreSQL" or "SQLite", for messages. */
    String displayName();

    /** sqlx's exact CREATE TABLE IF NOT EXISTS statement for this database. */
    String createTableSql(LedgerTable table);

    boolean tableExists(Connection connection, LedgerTable table) throws SQLException;

    /** sqlx 0.9 `create-schemas`: make the schema if the database supports it. */
    void createSchemaIfMissing(Connection connection, String schema) throws SQLException;

    /**
     * Sends one migration's SQL. Inside a transaction it goes as one multi-statement script, as
     * sqlx sends it; outside one a dialect may split it so that each statement commits alone.
     */
    void executeScript(Connection connection, String sql, boolean inTransaction) throws SQLException;

    Instant readInstalledOn(ResultSet row, int column) throws SQLException;

    /**
     * The value to bind for {@code installed_on} so that the column reads back exactly as it was
     * written by sqlx (a ledger repair's undo re-inserts rows with their original timestamp).
     */
    Object installedOnParameter(Instant installedOn);

    /** A checksum as a literal of this database's SQL, for showing a statement before it runs. */
    String bytesLiteral(byte[] bytes);

    /**
     * A short value that changes whenever a row of the ledger is inserted, updated or deleted by
     * another connection, for polling once a second: it must stay next to free while nothing
     * changes. Only values read through the same connection are comparable (some dialects use a
     * per-connection counter). A missing table gives {@link #ABSENT_LEDGER}.
     */
    String ledgerFingerprint(Connection connection, LedgerTable table) throws SQLException;

    /**
     * Takes the lock sqlx's Migrator takes, waiting at most {@code timeout}; databases without
     * one return {@link MigrationLock#NONE}.
     */
    MigrationLock lock(Connection connection, Duration timeout, LockWaitListener listener)
            throws SQLException, LockTimeoutException;
}
