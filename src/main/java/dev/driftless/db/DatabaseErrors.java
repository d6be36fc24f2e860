package dev.driftless.db;

import java.sql.SQLException;

/** What a database failure means, for wording it (the command line and the window each word their own advice). */
public final class DatabaseErrors {
    /** PostgreSQL's "database does not exist" (invalid_catalog_name), also given to a missing SQLite file. */
    static final String MISSING_DATABASE = "3D000";

    private DatabaseErrors() {
    }

    /** The server is there but the database is not (PostgreSQL), or the SQLite file does not exist. */
    public static boolean isMissingDatabase(SQLException failure) {
        return MISSING_DATABASE.equals(failure.getSQLState());
    }
}
