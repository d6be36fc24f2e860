package dev.driftless.ui.workspace;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.MigrationSource;

import java.util.List;

/**
 * The folder and the ledger as read together at one moment, off the FX thread.
 *
 * @param ledgerError why the ledger could not be read (no database set, cannot connect), or null
 */
public record WorkspaceSnapshot(MigrationSource source, List<StatusRow> rows, String ledgerError) {
    public WorkspaceSnapshot {
        rows = List.copyOf(rows);
    }

    public boolean ledgerAvailable() {
        return ledgerError == null;
    }
}
