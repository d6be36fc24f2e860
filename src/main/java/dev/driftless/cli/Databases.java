package dev.driftless.cli;

import dev.driftless.db.ConnectTimeoutException;
import dev.driftless.db.DatabaseErrors;
import dev.driftless.db.DatabaseUrl;

import java.sql.Connection;
import java.sql.SQLException;

/** Opening a connection, and wording a database failure, with messages that name the (masked) database. */
final class Databases {
    private Databases() {
    }

    static Connection connect(DatabaseUrl url) throws CliFailure {
        try {
            return url.connect();
        } catch (ConnectTimeoutException e) {
            throw failure("", url, e);
        } catch (SQLException e) {
            throw failure("cannot connect to " + url.masked() + ": ", url, e);
        }
    }

    /**
     * {@code prefix} and the database's message, password scrubbed; a connection that timed out
     * names the database, the limit and the flag that sets it, with a hint.
     */
    static CliFailure failure(String prefix, DatabaseUrl url, SQLException e) {
        if (e instanceof ConnectTimeoutException timeout) {
            return new CliFailure(prefix + "could not connect to " + timeout.maskedUrl() + " within "
                    + timeout.limit().toSeconds() + " s (--connect-timeout): " + url.scrub(timeout.lastError()),
                    "is the server up and reachable? --connect-timeout SECONDS waits longer (default "
                            + ConnectTimeoutOption.DEFAULT_SECONDS + ")");
        }
        String message = prefix + url.scrub(String.valueOf(e.getMessage()));
        return DatabaseErrors.isMissingDatabase(e)
                ? new CliFailure(message, "`driftless database create` creates it (a SQLite URL may also say ?mode=rwc)")
                : new CliFailure(message);
    }
}
