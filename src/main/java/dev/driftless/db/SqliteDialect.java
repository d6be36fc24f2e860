package dev.driftless.db;

import dev.driftless.core.ledger.LedgerDialect;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.ledger.LockTimeoutException;
import dev.driftless.core.ledger.LockWaitListener;
import dev.driftless.core.ledger.MigrationLock;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;

/** SQLite as sqlx-sqlite drives it (a BLOB checksum, CURRENT_TIMESTAMP text in UTC), plus a migration lock. */
public final class SqliteDialect implements LedgerDialect {
    private static final DateTimeFormatter CURRENT_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public String displayName() {
        return "SQLite";
    }

    @Override
    public String createTableSql(LedgerTable table) {
        return table.sqlxCreateStatement("TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP", "BLOB");
    }

    @Override
    public boolean tableExists(Connection connection, LedgerTable table) throws SQLException {
        String catalog = table.schema() == null ? "sqlite_master" : table.schema() + ".sqlite_master";
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM " + catalog + " WHERE type = 'table' AND name = ?")) {
            query.setString(1, table.table());
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    @Override
    public void createSchemaIfMissing(Connection connection, String schema) throws SQLException {
        LedgerTable.parse(schema);
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("PRAGMA " + schema + ".schema_version").close();
        } catch (SQLException e) {
            throw new SQLException("cannot create new schema " + schema + "; creation of additional schemas in "
                    + "SQLite requires attaching extra database files", e);
        }
    }

    @Override
    public void executeScript(Connection connection, String sql, boolean inTransaction) throws SQLException {
        // executeUpdate goes through sqlite3_exec, which runs every statement of the script in turn;
        // in autocommit mode each one commits on its own, which is what no-transaction asks for.
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    @Override
    public Instant readInstalledOn(ResultSet row, int column) throws SQLException {
        String text = row.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return parseCurrentTimestamp(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new SQLException("installed_on value \"" + text + "\" is not a CURRENT_TIMESTAMP text", e);
        }
    }

    /**
     * Reads SQLite's CURRENT_TIMESTAMP text ("2024-05-01 12:30:00") by hand when it has exactly that shape, and
     * with the formatter otherwise: the formatter's general parser was most of the time spent reading a ledger of
     * 10,000 rows in a freshly started window.
     */
    static LocalDateTime parseCurrentTimestamp(String text) {
        if (text.length() == 19 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == ' '
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()
                    && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59) {
                return LocalDateTime.of(year, month, day, hour, minute, second);
            }
        }
        return LocalDateTime.parse(text, CURRENT_TIMESTAMP);
    }

    /** The decimal number in text[from, to), or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    @Override
    public Object installedOnParameter(Instant installedOn) {
        // CURRENT_TIMESTAMP text: the column keeps what it is given, so write the same shape back.
        return CURRENT_TIMESTAMP.format(LocalDateTime.ofInstant(installedOn, ZoneOffset.UTC));
    }

    @Override
    public String bytesLiteral(byte[] bytes) {
        return "X'" + HexFormat.of().formatHex(bytes) + "'";
    }

    @Override
    public String ledgerFingerprint(Connection connection, LedgerTable table) throws SQLException {
        // data_version moves whenever another connection commits to the file and costs no I/O, so
        // an idle poll is free. It also moves for commits to other tables: a needless refresh at worst.
        // The existence check covers a table created through this very connection, which
        // data_version does not count.
        if (!tableExists(connection, table)) {
            return ABSENT_LEDGER;
        }
        String pragma = table.schema() == null ? "PRAGMA data_version" : "PRAGMA " + table.schema() + ".data_version";
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(pragma)) {
            result.next();
            return "data_version " + result.getLong(1);
        }
    }

    /**
     * sqlx-sqlite takes no lock, and SQLite's own locks last one transaction, so two runs could
     * apply the same migration twice (a no-transaction one most easily): Driftless locks a file
     * beside the database for the whole run ({@link SqliteLockFile}). An in-memory database is
     * private to its connection and needs none.
     */
    @Override
    public MigrationLock lock(Connection connection, Duration timeout, LockWaitListener listener)
            throws SQLException, LockTimeoutException {
        Optional<Path> file = mainDatabaseFile(connection);
        return file.isEmpty() ? MigrationLock.NONE : SqliteLockFile.lock(file.get(), timeout, listener);
    }

    /** The file the connection's main database lives in; empty for an in-memory or temporary one. */
    private static Optional<Path> mainDatabaseFile(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet databases = statement.executeQuery("PRAGMA database_list")) {
            while (databases.next()) {
                String file = databases.getString("file");
                if ("main".equals(databases.getString("name")) && file != null && !file.isEmpty()) {
                    return Optional.of(Path.of(file));
                }
            }
        }
        return Optional.empty();
    }
}
