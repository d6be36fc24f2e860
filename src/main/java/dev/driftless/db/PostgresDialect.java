package dev.driftless.db;

import dev.driftless.core.ledger.LedgerDialect;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.ledger.LockTimeoutException;
import dev.driftless.core.ledger.LockWaitListener;
import dev.driftless.core.ledger.MigrationLock;
import dev.driftless.core.ledger.ScriptStatementException;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.core.sql.SqlStatement;
import dev.driftless.core.sql.SqlStatementSplitter;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32;

/** PostgreSQL as sqlx-postgres drives it, plus a lock wait that can time out and name the holder. */
public final class PostgresDialect implements LedgerDialect {
    /** sqlx's multiplier for the advisory lock key ("chosen by fair dice roll"). */
    private static final long LOCK_KEY_MULTIPLIER = 0x3d32ad9eL;
    private static final SqlStatementSplitter SPLITTER = new SqlStatementSplitter(SqlDialect.POSTGRESQL);

    @Override
    public String displayName() {
        return "PostgreSQL";
    }

    @Override
    public String createTableSql(LedgerTable table) {
        return table.sqlxCreateStatement("TIMESTAMPTZ NOT NULL DEFAULT now()", "BYTEA");
    }

    @Override
    public boolean tableExists(Connection connection, LedgerTable table) throws SQLException {
        // to_regclass resolves an unqualified name through search_path, exactly as sqlx's own statements do.
        try (PreparedStatement query = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            query.setString(1, table.sqlName());
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    public void createSchemaIfMissing(Connection connection, String schema) throws SQLException {
        LedgerTable.parse(schema); // validates the identifier before it is pasted
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema + ";");
        }
    }

    @Override
    public void executeScript(Connection connection, String sql, boolean inTransaction) throws SQLException {
        // One statement at a time, also inside a transaction: the driver would split the script itself and
        // PostgreSQL would then count an error's position from the start of the failing statement, which no
        // one can map back to the file. Outside a transaction it is needed anyway: sent as one script, several
        // statements would share an implicit transaction block and CREATE INDEX CONCURRENTLY / CREATE DATABASE
        // would fail (sqlx #3693).
        try (Statement statement = connection.createStatement()) {
            for (SqlStatement each : SPLITTER.split(sql)) {
                try {
                    statement.execute(each.text());
                } catch (SQLException e) {
                    throw new ScriptStatementException(e, positionInScript(sql, each, e));
                }
            }
        }
    }

    /** The error's position in the whole script, from the server's position in the statement; 0 when it gave none. */
    private static int positionInScript(String sql, SqlStatement statement, SQLException failure) {
        ServerErrorMessage server = failure instanceof PSQLException driver ? driver.getServerErrorMessage() : null;
        if (server == null || server.getPosition() <= 0) {
            return 0;
        }
        return sql.codePointCount(0, statement.start()) + server.getPosition();
    }

    @Override
    public Instant readInstalledOn(ResultSet row, int column) throws SQLException {
        OffsetDateTime installedOn = row.getObject(column, OffsetDateTime.class);
        return installedOn == null ? null : installedOn.toInstant();
    }

    @Override
    public Object installedOnParameter(Instant installedOn) {
        return OffsetDateTime.ofInstant(installedOn, ZoneOffset.UTC);
    }

    @Override
    public String bytesLiteral(byte[] bytes) {
        return "'\\x" + HexFormat.of().formatHex(bytes) + "'::bytea";
    }

    @Override
    public String ledgerFingerprint(Connection connection, LedgerTable table) throws SQLException {
        if (!tableExists(connection, table)) {
            return ABSENT_LEDGER; // checked first: a failing query every second would fill the server log
        }
        // The whole table as text, hashed: exact for any column of any row, and cheap because the
        // ledger holds one short row per migration. Commit timestamps or xmin would be cheaper
        // still, but miss deletes or need track_commit_timestamp.
        // Prepared, so that the driver keeps it prepared on the server after a few polls: the poller sends
        // this same text every second.
        try (PreparedStatement query = connection.prepareStatement("SELECT count(*) || ':' || "
                     + "md5(coalesce(string_agg(ledger::text, ',' ORDER BY version), '')) FROM "
                     + table.sqlName() + " AS ledger");
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }

    @Override
    public MigrationLock lock(Connection connection, Duration timeout, LockWaitListener listener)
            throws SQLException, LockTimeoutException {
        long key = lockKey(currentDatabase(connection));
        LockPolling.poll(timeout, listener, () -> tryLock(connection, key) ? Boolean.TRUE : null,
                () -> lockHolder(connection, key));
        return () -> unlock(connection, key);
    }

    /** sqlx's advisory lock key: 0x3d32ad9e times the CRC-32 of the database name. */
    public static long lockKey(String databaseName) {
        CRC32 crc = new CRC32();
        crc.update(databaseName.getBytes(StandardCharsets.UTF_8));
        return LOCK_KEY_MULTIPLIER * crc.getValue();
    }

    private static String currentDatabase(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_database()")) {
            result.next();
            return result.getString(1);
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            query.setLong(1, key);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** "PostgreSQL backend pid N": an application migrating at start-up, or another run. */
    private static Optional<String> lockHolder(Connection connection, long key) throws SQLException {
        // A bigint advisory key shows in pg_locks split into two unsigned 32-bit halves.
        try (PreparedStatement query = connection.prepareStatement("SELECT pid FROM pg_locks "
                + "WHERE locktype = 'advisory' AND granted AND objsubid = 1 "
                + "AND classid::bigint = ? AND objid::bigint = ? AND database = "
                + "(SELECT oid FROM pg_database WHERE datname = current_database())")) {
            query.setLong(1, key >>> 32);
            query.setLong(2, key & 0xFFFF_FFFFL);
            try (ResultSet result = query.executeQuery()) {
                return result.next() ? Optional.of("PostgreSQL backend pid " + result.getInt(1)) : Optional.empty();
            }
        }
    }

    private static void unlock(Connection connection, long key) throws SQLException {
        if (connection.isClosed()) {
            return; // the session ended, and PostgreSQL released the lock with it
        }
        if (!connection.getAutoCommit()) {
            connection.rollback(); // an aborted transaction would refuse the unlock
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            query.setLong(1, key);
            query.execute();
        }
    }
}
