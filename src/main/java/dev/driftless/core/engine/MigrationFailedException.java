package dev.driftless.core.engine;

import dev.driftless.core.ledger.ScriptStatementException;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The database rejected a migration's SQL. Carries what a person needs to fix it: the file,
 * the database's own message, its SQLSTATE and, when PostgreSQL reports one, the 1-based
 * character position of the error in the file.
 */
public class MigrationFailedException extends MigrateException {
    /** The driver's own "Position: N" line; the position is kept as a number and shown as a line instead. */
    private static final Pattern POSITION_LINE = Pattern.compile("(?m)^\\s*Position: \\d+\\s*$\\n?");

    private final long version;
    private final Path file;
    private final String databaseMessage;
    private final String fullDatabaseMessage;
    private final String sqlState;
    private final OptionalInt position;

    public MigrationFailedException(long version, Path file, SQLException cause) {
        this(version, file, firstLine(cause.getMessage()), cause.getSQLState(), positionOf(cause), cause);
    }

    private MigrationFailedException(long version, Path file, String databaseMessage, String sqlState,
                                     OptionalInt position, SQLException cause) {
        super("while executing migration " + version + ": " + databaseMessage
                + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")") + " in " + file, cause);
        this.version = version;
        this.file = file;
        this.databaseMessage = databaseMessage;
        this.fullDatabaseMessage = cause.getMessage() == null ? databaseMessage
                : POSITION_LINE.matcher(cause.getMessage()).replaceAll("").strip();
        this.sqlState = sqlState;
        this.position = position;
    }

    public long version() {
        return version;
    }

    public Path file() {
        return file;
    }

    public String databaseMessage() {
        return databaseMessage;
    }

    /**
     * Everything the database said (its detail, hint and context lines too), without the position line:
     * the position is given as {@link #position()}.
     */
    public String fullDatabaseMessage() {
        return fullDatabaseMessage;
    }

    /** Null when the driver gave none. */
    public String sqlState() {
        return sqlState;
    }

    /** 1-based character offset into the file's SQL, when the database reported one. */
    public OptionalInt position() {
        return position;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown database error";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }

    /** Only a dialect that ran the script statement by statement knows where in the file the error is. */
    private static OptionalInt positionOf(SQLException cause) {
        return cause instanceof ScriptStatementException located ? located.scriptPosition() : OptionalInt.empty();
    }
}
