package dev.driftless.cli;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.Refusal;
import dev.driftless.core.repair.RepairKind;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The command line's `hint:` for each refusal, naming the flags and commands that fix it (the
 * window words its own, naming its buttons). Refusals whose message says it all have none.
 */
final class CliHints {
    private CliHints() {
    }

    static Optional<String> of(Refusal refusal) {
        return Optional.ofNullable(hint(refusal));
    }

    private static String hint(Refusal refusal) {
        if (refusal instanceof Refusal.PartiallyApplied dirty) {
            return "`driftless ledger clear-failed " + dirty.version() + "` removes the row once the schema is fixed";
        }
        if (refusal instanceof Refusal.MissingMigration) {
            return "restore the file, or pass --ignore-missing to go on without it";
        }
        if (refusal instanceof Refusal.ModifiedMigration) {
            return "see what changed with `driftless migrate diagnose`, or `driftless migrate info`";
        }
        if (refusal instanceof Refusal.RevertWithoutFile missing) {
            return "restore the file (for example from git), or forget its ledger row on purpose with "
                    + "`driftless ledger forget " + missing.version() + "`";
        }
        if (refusal instanceof Refusal.RevertUnderSimpleMigration simple) {
            return "to make it reversible, rename " + simple.upFile().getFileName() + " to "
                    + simple.reversibleUpName() + " and add a matching .down.sql (the checksum does not change)";
        }
        if (refusal instanceof Refusal.LockTimedOut) {
            return "try again once the other run finishes, or allow a longer wait with --lock-timeout";
        }
        if (refusal instanceof Refusal.FileChangedDuringRun) {
            return "run again to apply the current file";
        }
        if (refusal instanceof Refusal.DescriptionMissing) {
            return "for example `driftless migrate add create users`";
        }
        if (refusal instanceof Refusal.VersionTaken) {
            return "wait a second for a new timestamp, or use --sequential";
        }
        if (refusal instanceof Refusal.RepairDoesNotFit misfit) {
            return repairThatFits(misfit);
        }
        if (refusal instanceof Refusal.LedgerRowChanged) {
            return "look at the ledger again (`driftless migrate info`) before repairing it";
        }
        if (refusal instanceof Refusal.AppliedTextUnknown unknown) {
            return "`driftless ledger restamp " + unknown.version() + "` accepts the file if the database "
                    + "already matches it";
        }
        if (refusal instanceof Refusal.NothingToMove cosmetic) {
            return "`driftless ledger restamp " + cosmetic.version() + "` accepts the file as it is";
        }
        if (refusal instanceof Refusal.ConfigEditRefused) {
            return "add \"\\r\" to [migrate] ignored-chars by hand";
        }
        if (refusal instanceof Refusal.FolderHasProblems folder) {
            return ofFolder(folder.directory()).orElse(null);
        }
        return null;
    }

    /** For a migrations folder that is not there: where else it can come from. */
    static Optional<String> ofFolder(Path directory) {
        return Files.exists(directory) ? Optional.empty()
                : Optional.of("create it, or name another with --source DIR (or migrations-dir in sqlx.toml)");
    }

    private static String repairThatFits(Refusal.RepairDoesNotFit misfit) {
        if (misfit.status() == MigrationStatus.APPLIED) {
            return "its file matches the ledger: there is nothing to repair";
        }
        if (misfit.status() == MigrationStatus.PENDING) {
            return "it is not in the ledger yet: `driftless migrate run` applies it";
        }
        return RepairKind.fixing(misfit.status())
                .map(kind -> "use `driftless ledger " + kind.command() + " " + misfit.version() + "` instead")
                .orElse(null);
    }
}
