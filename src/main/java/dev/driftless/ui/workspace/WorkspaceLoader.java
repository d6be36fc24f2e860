package dev.driftless.ui.workspace;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.StatusMerger;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.db.DatabaseErrors;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** Reads a project's folder and ledger into a {@link WorkspaceSnapshot}. Blocking: call it off the FX thread. */
public final class WorkspaceLoader {
    /** How long a status read or an action from the window waits for a migration run that holds the lock. */
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(60);

    private WorkspaceLoader() {
    }

    /**
     * @param ledgerReader reads the ledger while the calling thread reads the folder (not the common pool: the
     *                     hashing keeps that busy); {@link dev.driftless.ui.task.BackgroundExecutor#sideWork()}
     */
    public static WorkspaceSnapshot load(Project project, DatabaseUrl database, Executor ledgerReader) {
        if (database == null) {
            MigrationSource source = project.readMigrations();
            return new WorkspaceSnapshot(source, StatusMerger.withoutLedger(source.migrations()),
                    new LedgerProblem(LedgerProblem.Kind.NO_DATABASE, "No database is set for this project."));
        }
        // Both halves take a good part of a second on a large project (hashing every file; connecting and
        // reading every ledger row), and neither needs the other until they are merged.
        CompletableFuture<LedgerRead> ledger = CompletableFuture.supplyAsync(
                () -> readLedger(project, database), ledgerReader);
        MigrationSource source = project.readMigrations();
        LedgerRead read = ledger.join();
        List<StatusRow> rows = read.problem() == null ? StatusMerger.merge(source.migrations(), read.rows())
                : StatusMerger.withoutLedger(source.migrations());
        return new WorkspaceSnapshot(source, rows, read.problem());
    }

    private static LedgerRead readLedger(Project project, DatabaseUrl database) {
        try (Connection connection = database.connect()) {
            return new LedgerRead(project.migrator(database, LOCK_TIMEOUT).readLedger(connection), null);
        } catch (SQLException e) {
            LedgerProblem.Kind kind = DatabaseErrors.isMissingDatabase(e) ? LedgerProblem.Kind.MISSING_DATABASE
                    : LedgerProblem.Kind.UNREACHABLE;
            return new LedgerRead(List.of(), new LedgerProblem(kind,
                    "Cannot connect to " + database.masked() + ": " + database.scrub(String.valueOf(e.getMessage()))));
        } catch (MigrateException e) {
            return new LedgerRead(List.of(), new LedgerProblem(LedgerProblem.Kind.UNREADABLE,
                    database.scrub(e.getMessage())));
        }
    }

    /** The ledger's rows, or none and why. */
    private record LedgerRead(List<AppliedMigration> rows, LedgerProblem problem) {
    }
}
