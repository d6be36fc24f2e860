package dev.driftless.ui.tree;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;

/** The words the window uses for a status: a short label and a one-line explanation. */
public final class StatusText {
    private StatusText() {
    }

    public static String explanation(StatusRow row) {
        String text = switch (row.status()) {
            case APPLIED -> "Applied; the file matches what was applied.";
            case PENDING -> "Not applied yet.";
            case DRIFTED -> "Edited after it was applied: its checksum no longer matches the ledger, "
                    + "so sqlx will refuse to start the application.";
            case MISSING -> "In the ledger, but no file has this version (a branch switch or a deleted file?). "
                    + "sqlx refuses to run until the file is back.";
            case FAILED -> "The ledger says it failed half-way (success = false). Fix the schema by hand, "
                    + "then remove the row.";
            case UNKNOWN -> "Whether it was applied is unknown: the database could not be read.";
        };
        return row.outOfOrder() ? text + " Out of order: a newer version is already applied." : text;
    }

    /** CSS class for a status, shared by the tree and the ledger. */
    public static String styleClass(MigrationStatus status) {
        return "status-" + status.label();
    }
}
