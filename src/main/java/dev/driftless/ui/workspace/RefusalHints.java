package dev.driftless.ui.workspace;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.Refusal;
import dev.driftless.core.repair.RepairKind;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the window suggests for each refusal, naming its own tabs and buttons (the command line
 * words its own hints, naming flags). Also the labels of the repair buttons, which the hints name.
 */
public final class RefusalHints {
    private static final String DRIFT_TAB = "in the Drift tab (select the migration)";

    private RefusalHints() {
    }

    /** The hint for a failure, when it is a refusal that has one. */
    public static Optional<String> of(Throwable failure) {
        return failure instanceof MigrateException refused
                ? refused.refusal().flatMap(RefusalHints::of) : Optional.empty();
    }

    public static Optional<String> of(Refusal refusal) {
        return Optional.ofNullable(hint(refusal));
    }

    /**
     * The migration to select when the fix for a refusal is in the Drift tab (a drifted, failed or missing
     * migration), so a dialog can offer a button that goes there; empty when the fix is elsewhere.
     */
    public static OptionalLong driftTabVersion(Refusal refusal) {
        if (refusal instanceof Refusal.ModifiedMigration modified) {
            return OptionalLong.of(modified.version());
        }
        if (refusal instanceof Refusal.PartiallyApplied failed) {
            return OptionalLong.of(failed.version());
        }
        if (refusal instanceof Refusal.MissingMigration missing) {
            return OptionalLong.of(missing.version());
        }
        if (refusal instanceof Refusal.RevertWithoutFile withoutFile) {
            return OptionalLong.of(withoutFile.version());
        }
        return OptionalLong.empty();
    }

    /** The label of the button that makes a ledger repair, e.g. "Accept file (re-stamp)". */
    public static String repairButtonLabel(RepairKind kind) {
        return switch (kind) {
            case RESTAMP -> "Accept file (re-stamp)";
            case FORGET -> "Forget row";
            case CLEAR_FAILED -> "Clear failed row";
        };
    }

    private static String hint(Refusal refusal) {
        if (refusal instanceof Refusal.PartiallyApplied) {
            return "Once the schema is fixed, " + repairButtonLabel(RepairKind.CLEAR_FAILED) + " " + DRIFT_TAB
                    + " removes the row.";
        }
        if (refusal instanceof Refusal.MissingMigration) {
            return "Restore the file (for example from git), or " + repairButtonLabel(RepairKind.FORGET) + " "
                    + DRIFT_TAB + " if it is gone on purpose.";
        }
        if (refusal instanceof Refusal.ModifiedMigration) {
            return "See what changed " + DRIFT_TAB + "; it offers the repair that fits.";
        }
        if (refusal instanceof Refusal.RevertWithoutFile) {
            return "Restore the file (for example from git), or " + repairButtonLabel(RepairKind.FORGET) + " "
                    + DRIFT_TAB + " if it is gone on purpose.";
        }
        if (refusal instanceof Refusal.RevertUnderSimpleMigration simple) {
            return "To make it reversible, rename " + simple.upFile().getFileName() + " to "
                    + simple.reversibleUpName() + " and add a matching .down.sql; the checksum does not change.";
        }
        if (refusal instanceof Refusal.LockTimedOut) {
            return "Another run holds the lock; try again once it finishes.";
        }
        if (refusal instanceof Refusal.FileChangedDuringRun) {
            return "Run again to apply the file as it is now.";
        }
        if (refusal instanceof Refusal.VersionTaken) {
            return "Wait a second for a new timestamp, or tick \"Sequential version\".";
        }
        if (refusal instanceof Refusal.RepairDoesNotFit misfit) {
            return repairThatFits(misfit.status());
        }
        if (refusal instanceof Refusal.LedgerRowChanged) {
            return "The ledger below shows the row as it is now; look at it again before repairing.";
        }
        if (refusal instanceof Refusal.AppliedTextUnknown || refusal instanceof Refusal.NothingToMove) {
            return repairButtonLabel(RepairKind.RESTAMP) + " accepts the file if the database already matches it.";
        }
        if (refusal instanceof Refusal.ConfigEditRefused) {
            return "Add \"\\r\" to [migrate] ignored-chars in sqlx.toml by hand.";
        }
        return null;
    }

    private static String repairThatFits(MigrationStatus status) {
        if (status == MigrationStatus.APPLIED) {
            return "Its file matches the ledger: there is nothing to repair.";
        }
        if (status == MigrationStatus.PENDING) {
            return "It is not in the ledger yet: Run applies it.";
        }
        return RepairKind.fixing(status).map(kind -> "Use " + repairButtonLabel(kind) + " " + DRIFT_TAB + " instead.")
                .orElse(null);
    }
}
