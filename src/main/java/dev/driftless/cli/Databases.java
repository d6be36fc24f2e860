package dev.driftless.cli;

import dev.driftless.db.DatabaseUrl;

import java.sql.Connection;
import java.sql.SQLException;

/** Opening a connection with a message that names the (masked) database. */
final class Databases {
    private Databases() {
    }

    static Connection connect(DatabaseUrl url) throws CliFailure {
        try {
            return url.connect();
        } catch (SQLException e) {
            throw new CliFailure("cannot connect to " + url.masked() + ": " + url.scrub(String.valueOf(e.getMessage())));
        }
    }
}
