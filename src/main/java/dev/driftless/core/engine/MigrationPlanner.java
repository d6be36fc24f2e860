package dev.driftless.core.engine;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides what a run or revert would do from the folder and the ledger alone, with sqlx's checks
 * and error texts. Pure: no database, so the window can show a plan before anything runs.
 * Unlike sqlx, every check happens before the first migration is applied.
 */
public final class MigrationPlanner {
    private final LedgerTable table;

    public MigrationPlanner(LedgerTable table) {
        this.table = table;
    }

    public MigrationPlan planRun(MigrationSource source, List<AppliedMigration> ledger, RunOptions options)
            throws MigrateException {
        refuseProblems(source);
        if (options.targetVersion().isPresent() && source.find(options.targetVersion().getAsLong()).isEmpty()) {
            throw new MigrateException(new Refusal.TargetNotInSource(options.targetVersion().getAsLong()));
        }
        checkLedger(source, ledger, options);
        long latest = latestApplied(ledger);
        if (options.targetVersion().isPresent() && options.targetVersion().getAsLong() < latest) {
            throw new MigrateException(new Refusal.TargetOlderThanLatest(options.targetVersion().getAsLong(), latest));
        }
        Map<Long, AppliedMigration> applied = byVersion(ledger);
        for (Migration migration : source.migrations()) {
            AppliedMigration row = applied.get(migration.version());
            if (row != null && !row.checksum().equals(migration.checksum())) {
                throw new MigrateException(new Refusal.ModifiedMigration(migration.version()));
            }
        }
        List<PlannedStep> steps = new ArrayList<>();
        for (Migration migration : source.migrations()) {
            if (applied.containsKey(migration.version())) {
                continue;
            }
            boolean aboveTarget = options.targetVersion().isPresent()
                    && migration.version() > options.targetVersion().getAsLong();
            steps.add(new PlannedStep(migration, Direction.UP,
                    aboveTarget ? PlannedStep.Action.SKIP : PlannedStep.Action.RUN,
                    !ledger.isEmpty() && migration.version() < latest));
        }
        return new MigrationPlan(Direction.UP, steps);
    }

    public MigrationPlan planRevert(MigrationSource source, List<AppliedMigration> ledger, RunOptions options)
            throws MigrateException {
        refuseProblems(source);
        long target = options.targetVersion().orElse(-1);
        if (options.targetVersion().isPresent() && target != 0 && source.find(target).isEmpty()) {
            throw new MigrateException(new Refusal.TargetNotInSource(target));
        }
        checkLedger(source, ledger, options);
        long latest = latestApplied(ledger);
        if (options.targetVersion().isPresent() && target > latest) {
            throw new MigrateException(new Refusal.TargetNewerThanLatest(target, latest));
        }
        Map<Long, Migration> files = source.migrations().stream()
                .collect(Collectors.toMap(Migration::version, Function.identity()));
        List<AppliedMigration> newestFirst = ledger.stream()
                .sorted(Comparator.comparingLong(AppliedMigration::version).reversed()).toList();
        List<PlannedStep> steps = new ArrayList<>();
        for (AppliedMigration row : newestFirst) {
            Migration migration = files.get(row.version());
            boolean reverts = options.targetVersion().isPresent() ? row.version() > target : steps.isEmpty();
            if (reverts) {
                refuseUnrevertable(row, migration, newestFirst);
            }
            if (migration == null || !migration.type().isReversible()) {
                continue; // at or below the target, sqlx lists only reversible migrations
            }
            steps.add(new PlannedStep(migration, Direction.DOWN,
                    reverts ? PlannedStep.Action.RUN : PlannedStep.Action.SKIP, false));
            if (options.targetVersion().isEmpty()) {
                break; // without a target, one migration at a time
            }
        }
        return new MigrationPlan(Direction.DOWN, steps);
    }

    private static void refuseUnrevertable(AppliedMigration row, Migration migration, List<AppliedMigration> newestFirst)
            throws MigrateException {
        if (migration == null) {
            throw new MigrateException(new Refusal.RevertWithoutFile(row.version(), row.description()));
        }
        if (migration.downFile() == null) {
            OptionalLong underneath = newestFirst.stream().mapToLong(AppliedMigration::version)
                    .filter(older -> older < row.version()).findFirst();
            throw new MigrateException(new Refusal.RevertUnderSimpleMigration(row.version(), migration.description(),
                    migration.upFile(), underneath));
        }
    }

    private void checkLedger(MigrationSource source, List<AppliedMigration> ledger, RunOptions options)
            throws MigrateException {
        for (AppliedMigration row : ledger) {
            if (!row.success()) {
                throw new MigrateException(new Refusal.PartiallyApplied(row.version(), table));
            }
        }
        if (options.ignoreMissing()) {
            return;
        }
        for (AppliedMigration row : ledger) {
            if (source.find(row.version()).isEmpty()) {
                throw new MigrateException(new Refusal.MissingMigration(row.version()));
            }
        }
    }

    /** Refuses a folder with problems: an unreadable or duplicate file would make every status below it wrong. */
    public static void refuseProblems(MigrationSource source) throws MigrateException {
        if (source.hasProblems()) {
            throw new MigrateException(new Refusal.FolderHasProblems(source.directory(), source.problems()));
        }
    }

    private static long latestApplied(List<AppliedMigration> ledger) {
        return ledger.stream().mapToLong(AppliedMigration::version).max().orElse(0);
    }

    private static Map<Long, AppliedMigration> byVersion(List<AppliedMigration> ledger) {
        return ledger.stream().collect(Collectors.toMap(AppliedMigration::version, Function.identity()));
    }
}
