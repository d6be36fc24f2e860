package dev.driftless.core.engine;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.ledger.Ledger;
import dev.driftless.core.ledger.LockTimeoutException;
import dev.driftless.core.ledger.MigrationLock;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationSourceReader;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs and reverts migrations on one connection: checks the folder, takes the lock, plans with
 * {@link MigrationPlanner} from the ledger as it is, creates the ledger table only once the plan is
 * accepted (a refused run changes nothing), then executes the plan step by step. The lock is
 * released on every path.
 */
public final class Migrator {
    private final Ledger ledger;
    private final MigrationSourceReader reader;
    private final MigrationPlanner planner;
    private final List<String> createSchemas;
    private final Duration lockTimeout;
    private final AppliedScriptRecorder recorder;

    public Migrator(Ledger ledger, MigrationSourceReader reader, List<String> createSchemas, Duration lockTimeout) {
        this(ledger, reader, createSchemas, lockTimeout, AppliedScriptRecorder.NONE);
    }

    /** @param recorder told the text of every migration just before it is applied */
    public Migrator(Ledger ledger, MigrationSourceReader reader, List<String> createSchemas, Duration lockTimeout,
                    AppliedScriptRecorder recorder) {
        this.ledger = ledger;
        this.reader = reader;
        this.planner = new MigrationPlanner(ledger.table());
        this.createSchemas = List.copyOf(createSchemas);
        this.lockTimeout = lockTimeout;
        this.recorder = recorder;
    }

    public Ledger ledger() {
        return ledger;
    }

    /** The merged status of every migration; reads only, never creates the ledger. */
    public List<StatusRow> status(Connection connection, MigrationSource source) throws MigrateException {
        return StatusMerger.merge(source.migrations(), readLedger(connection));
    }

    public List<AppliedMigration> readLedger(Connection connection) throws MigrateException {
        try {
            return ledger.readAll(connection);
        } catch (SQLException e) {
            throw new MigrateException("cannot read the ledger table " + ledger.table() + ": " + e.getMessage(), e);
        }
    }

    /** Applies pending migrations (sqlx `migrate run`). */
    public List<StepOutcome> run(Connection connection, MigrationSource source, RunOptions options,
                                 MigrationListener listener) throws MigrateException {
        return execute(connection, source, options, listener,
                rows -> planner.planRun(source, rows, options),
                (stepConnection, step) -> applyStep(stepConnection, step, listener));
    }

    /** Reverts the latest, or everything above a target (sqlx `migrate revert`). */
    public List<StepOutcome> revert(Connection connection, MigrationSource source, RunOptions options,
                                    MigrationListener listener) throws MigrateException {
        return execute(connection, source, options, listener,
                rows -> planner.planRevert(source, rows, options), this::revertStep);
    }

    private List<StepOutcome> execute(Connection connection, MigrationSource source, RunOptions options,
                                      MigrationListener listener, PlanMaker planMaker, StepRunner stepRunner)
            throws MigrateException {
        if (options.dryRun()) {
            // A dry run changes nothing: no lock, no ledger table created.
            return report(planMaker.plan(readLedger(connection)), StepOutcome.Result.WOULD_RUN, listener);
        }
        // A refused run leaves everything as it was: the folder is checked before the lock is taken, the
        // plan (made from the ledger as it is, an absent table reading as empty) before the table is created.
        MigrationPlanner.refuseProblems(source);
        try (MigrationLock ignored = lock(connection, listener)) {
            MigrationPlan plan = planMaker.plan(readLedger(connection));
            ensureLedger(connection);
            List<StepOutcome> outcomes = new ArrayList<>();
            for (PlannedStep step : plan.steps()) {
                if (!outcomes.isEmpty() && listener.stopRequested()) {
                    break;
                }
                listener.stepStarting(step);
                StepOutcome outcome = step.runs()
                        ? new StepOutcome(step, StepOutcome.Result.DONE, stepRunner.run(connection, step))
                        : new StepOutcome(step, StepOutcome.Result.SKIPPED, 0);
                outcomes.add(outcome);
                listener.stepFinished(outcome);
            }
            return outcomes;
        } catch (SQLException e) {
            throw new MigrateException("could not release the migration lock: " + e.getMessage(), e);
        }
    }

    private static List<StepOutcome> report(MigrationPlan plan, StepOutcome.Result forRunning,
                                            MigrationListener listener) {
        List<StepOutcome> outcomes = new ArrayList<>();
        for (PlannedStep step : plan.steps()) {
            StepOutcome outcome = new StepOutcome(step, step.runs() ? forRunning : StepOutcome.Result.SKIPPED, 0);
            outcomes.add(outcome);
            listener.stepFinished(outcome);
        }
        return outcomes;
    }

    private MigrationLock lock(Connection connection, MigrationListener listener) throws MigrateException {
        try {
            return ledger.dialect().lock(connection, lockTimeout, listener::waitingForLock);
        } catch (LockTimeoutException e) {
            throw new MigrateException(new Refusal.LockTimedOut(e.timeout(), e.holder(), Optional.empty()));
        } catch (SQLException e) {
            throw new MigrateException("could not take the migration lock: " + e.getMessage(), e);
        }
    }

    private void ensureLedger(Connection connection) throws MigrateException {
        try {
            ledger.ensure(connection, createSchemas);
        } catch (SQLException e) {
            throw new MigrateException("cannot create the ledger table " + ledger.table() + ": " + e.getMessage(), e);
        }
    }

    private long applyStep(Connection connection, PlannedStep step, MigrationListener listener)
            throws MigrateException {
        Migration migration = step.migration();
        String sql = readUnchanged(migration.upFile(), migration.checksum());
        record(migration, sql, listener);
        try {
            return ledger.apply(connection, migration, sql);
        } catch (Ledger.ScriptException e) {
            throw new MigrationFailedException(migration.version(), migration.upFile(), e.sqlCause());
        } catch (SQLException e) {
            throw new MigrateException("could not record migration " + migration.version() + " in "
                    + ledger.table() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Kept before the script runs, so a crash right after COMMIT still leaves the text behind. A
     * journal that cannot be written only costs a later explanation: warn, never stop the run.
     */
    private void record(Migration migration, String sql, MigrationListener listener) {
        try {
            recorder.applying(migration, sql);
        } catch (IOException e) {
            listener.warning("could not keep a copy of migration " + migration.version()
                    + " in the journal: " + e.getMessage());
        }
    }

    private long revertStep(Connection connection, PlannedStep step) throws MigrateException {
        Migration migration = step.migration();
        String downSql = read(migration.downFile());
        try {
            return ledger.revert(connection, migration.version(), downSql, MigrationSourceReader.isNoTransaction(downSql));
        } catch (Ledger.ScriptException e) {
            throw new MigrationFailedException(migration.version(), migration.downFile(), e.sqlCause());
        } catch (SQLException e) {
            throw new MigrateException("could not remove migration " + migration.version() + " from "
                    + ledger.table() + ": " + e.getMessage(), e);
        }
    }

    /** Reads a file to run it, refusing if it changed since the plan was made from its checksum. */
    private String readUnchanged(Path file, Checksum planned) throws MigrateException {
        String sql = read(file);
        if (!reader.checksumOf(sql).equals(planned)) {
            throw new MigrateException(new Refusal.FileChangedDuringRun(file));
        }
        return sql;
    }

    private static String read(Path file) throws MigrateException {
        try {
            return MigrationSourceReader.readSql(file);
        } catch (IOException e) {
            throw new MigrateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface PlanMaker {
        MigrationPlan plan(List<AppliedMigration> ledgerRows) throws MigrateException;
    }

    @FunctionalInterface
    private interface StepRunner {
        long run(Connection connection, PlannedStep step) throws MigrateException;
    }
}
