package dev.driftless.core.schema.replay;

import dev.driftless.core.drift.AppliedText;
import dev.driftless.core.drift.AppliedTextSource;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.MigrationSourceReader;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what to replay for each ledger row: the successful rows in version order, each with the
 * text that was applied. An unchanged file is that text. For a drifted or missing file the applied
 * text is asked of {@code appliedTexts} (the journal, git, a reconstruction: each checked against
 * the ledger's checksum); a drifted file whose applied text is known nowhere is replayed as it is
 * now, and says so; a missing one is not replayed. Failed rows are never replayed.
 */
public final class ReplayPlanner {
    private final AppliedTextSource appliedTexts;

    public ReplayPlanner(AppliedTextSource appliedTexts) {
        this.appliedTexts = appliedTexts;
    }

    /** The plan for these merged rows (pending rows have nothing to replay and are skipped). */
    public ReplayPlan plan(List<StatusRow> rows) {
        List<ReplayStep> steps = new ArrayList<>();
        List<NotReplayed> notReplayed = new ArrayList<>();
        for (StatusRow row : rows) {
            MigrationRef migration = new MigrationRef(row.version(), row.ledgerRow()
                    .map(AppliedMigration::description).orElse(row.description()));
            switch (row.status()) {
                case PENDING, UNKNOWN -> {
                    // not applied (or not known to be): nothing to replay
                }
                case FAILED -> notReplayed.add(new NotReplayed(migration, "the ledger says it failed (success = false);"
                        + " whatever it did before failing is not replayed"));
                case APPLIED -> fromFile(row, migration, ReplayStep.FILE, "its file, unchanged since it was applied",
                        notReplayed).ifPresent(steps::add);
                case DRIFTED -> applied(row, migration).or(() -> fromFile(row, migration, ReplayStep.CURRENT_FILE,
                        "its file as it is now: the text that was applied is neither in the journal nor in git, and "
                                + "the file has changed since", notReplayed)).ifPresent(steps::add);
                case MISSING -> applied(row, migration).ifPresentOrElse(steps::add, () -> notReplayed.add(
                        new NotReplayed(migration, "its file is gone and the text that was applied is neither in "
                                + "the journal nor in git")));
            }
        }
        return new ReplayPlan(steps, notReplayed);
    }

    private Optional<ReplayStep> applied(StatusRow row, MigrationRef migration) {
        Optional<AppliedText> text = appliedTexts.find(row);
        return text.map(found -> new ReplayStep(migration, row.applied().checksum(), found.text(), found.sourceLabel(),
                found.originDetail()));
    }

    /** The step that runs the current file; empty, with the reason added to {@code notReplayed}, if it cannot be read. */
    private static Optional<ReplayStep> fromFile(StatusRow row, MigrationRef migration, String source, String detail,
                                       List<NotReplayed> notReplayed) {
        try {
            String sql = MigrationSourceReader.readSql(row.migration().upFile());
            return Optional.of(new ReplayStep(migration, row.applied().checksum(), sql, source, detail));
        } catch (IOException e) {
            notReplayed.add(new NotReplayed(migration, "its file cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
