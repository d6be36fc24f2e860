package dev.driftless.ui.workspace;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.StatusMerger;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.MigrationSource;
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
            return new WorkspaceSnapshot(source, StatusMerger.merge(source.migrations(), List.of()),
                    "no database: set DATABASE_URL in .env or type a URL above");
        }
        // Both halves take a good part of a second on a large project (hashing every file; connecting and
        // reading every ledger row), and neither needs the other until they are merged.
        CompletableFuture<LedgerRead> ledger = CompletableFuture.supplyAsync(
                () -> readLedger(project, database), ledgerReader);
        MigrationSource source = project.readMigrations();
        LedgerRead read = ledger.join();
        return new WorkspaceSnapshot(source, StatusMerger.merge(source.migrations(), read.rows()), read.error());
    }

    private static LedgerRead readLedger(Project project, DatabaseUrl database) {
        try (Connection connection = database.connect()) {
            return new LedgerRead(project.migrator(database, LOCK_TIMEOUT).readLedger(connection), null);
        } catch (SQLException e) {
            return new LedgerRead(List.of(),
                    "cannot connect to " + database.masked() + ": " + database.scrub(String.valueOf(e.getMessage())));
        } catch (MigrateException e) {
            return new LedgerRead(List.of(), database.scrub(e.getMessage()));
        }
    }

    /** The ledger's rows, or none and why. */
    private record LedgerRead(List<AppliedMigration> rows, String error) {
    }
}
