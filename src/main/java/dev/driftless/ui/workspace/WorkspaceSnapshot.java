package dev.driftless.ui.workspace;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.MigrationSource;

import java.util.List;

/**
 * The folder and the ledger as read together at one moment, off the FX thread.
 *
 * @param ledgerProblem why the ledger could not be read (no database set, cannot connect), or null; then every
 *                      row's status is unknown
 */
public record WorkspaceSnapshot(MigrationSource source, List<StatusRow> rows, LedgerProblem ledgerProblem) {
    public WorkspaceSnapshot {
        rows = List.copyOf(rows);
    }

    /** The problem's message, or null when the ledger was read. */
    public String ledgerError() {
        return ledgerProblem == null ? null : ledgerProblem.message();
    }
}
