package dev.driftless.core.ledger;

import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * The database rejected one statement of a migration script. A dialect that runs a script statement by
 * statement throws this so that the position the database gave (counted from the start of that statement)
 * becomes a position in the whole file, which is what a person opens.
 */
public final class ScriptStatementException extends SQLException {
    private final int scriptPosition;

    /**
     * @param cause          the driver's exception; its message, SQLSTATE and vendor code are kept
     * @param scriptPosition the 1-based character position of the error in the whole script, 0 when unknown
     */
    public ScriptStatementException(SQLException cause, int scriptPosition) {
        super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        this.scriptPosition = scriptPosition;
    }

    /** 1-based and counted in characters (code points), as PostgreSQL counts; empty when the database gave none. */
    public OptionalInt scriptPosition() {
        return scriptPosition > 0 ? OptionalInt.of(scriptPosition) : OptionalInt.empty();
    }
}
