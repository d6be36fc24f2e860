package dev.driftless.ui.ledger;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Layout;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.ui.workspace.WorkspaceSnapshot;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** Status rows and snapshots built directly, for feeding a workspace in tests. */
final class LedgerRows {
    static final Instant INSTALLED = Instant.parse("2024-03-01T10:15:30Z");

    private LedgerRows() {
    }

    /** A row with a ledger row; the file is left out since the ledger pane shows only ledger columns. */
    static StatusRow inLedger(long version, MigrationStatus status) {
        Checksum checksum = Checksum.fromHex(String.format("%096x", version));
        return new StatusRow(version, "migration " + version, status, false, null,
                new AppliedMigration(version, "migration " + version, INSTALLED, status != MigrationStatus.FAILED,
                        checksum, 1_500_000));
    }

    static StatusRow pending(long version) {
        return new StatusRow(version, "migration " + version, MigrationStatus.PENDING, false, null, null);
    }

    static WorkspaceSnapshot snapshot(Path folder, StatusRow... rows) {
        return new WorkspaceSnapshot(new MigrationSource(folder, Layout.EMPTY, List.of(), List.of()), List.of(rows), null);
    }
}
