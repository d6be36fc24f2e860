package dev.driftless.core.schema.replay;

import java.sql.SQLException;

/**
 * A migration's SQL failed in the shadow: the message names the migration, the shadow, the text
 * that was run and the database's error. The shadow is dropped by then.
 */
public final class ReplayFailedException extends Exception {
    private final MigrationRef migration;

    /** @param what the text that was run: {@code its file}, {@code its applied text (journal)}, {@code 1_x.down.sql} */
    public ReplayFailedException(MigrationRef migration, String what, String shadow, SQLException cause) {
        super("migration " + migration + " failed in the shadow (" + shadow + "), running " + what + ": "
                + cause.getMessage(), cause);
        this.migration = migration;
    }

    public MigrationRef migration() {
        return migration;
    }

    public SQLException sqlCause() {
        return (SQLException) getCause();
    }
}
