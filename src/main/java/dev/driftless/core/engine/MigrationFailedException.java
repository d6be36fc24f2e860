package dev.driftless.core.engine;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database rejected a migration's SQL. Carries what a person needs to fix it: the file,
 * the database's own message, its SQLSTATE and, when PostgreSQL reports one, the 1-based
 * character position of the error in the file.
 */
public class MigrationFailedException extends MigrateException {
    private static final Pattern POSITION = Pattern.compile("\\n\\s*Position: (\\d+)");

    private final long version;
    private final Path file;
    private final String databaseMessage;
    private final String sqlState;
    private final OptionalInt position;

    public MigrationFailedException(long version, Path file, SQLException cause) {
        this(version, file, firstLine(cause.getMessage()), cause.getSQLState(), positionOf(cause.getMessage()), cause);
    }

    private MigrationFailedException(long version, Path file, String databaseMessage, String sqlState,
                                     OptionalInt position, SQLException cause) {
        super("while executing migration " + version + ": " + databaseMessage
                + (sqlState == null ? "" : " (SQLSTATE " + sqlState + ")") + " in " + file, cause);
        this.version = version;
        this.file = file;
        this.databaseMessage = databaseMessage;
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

    private static OptionalInt positionOf(String message) {
        if (message == null) {
            return OptionalInt.empty();
        }
        Matcher matcher = POSITION.matcher(message);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }
}
