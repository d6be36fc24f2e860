package dev.driftless.ui.workspace;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.StatusMerger;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Project;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** Reads a project's folder and ledger into a {@link WorkspaceSnapshot}. Blocking: call it off the FX thread. */
public final class WorkspaceLoader {
    /** How long a status read or an action from the window waits for a migration run that holds the lock. */
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(60);

    private WorkspaceLoader() {
    }

    public static WorkspaceSnapshot load(Project project, DatabaseUrl database) {
        MigrationSource source = project.readMigrations();
        if (database == null) {
            return new WorkspaceSnapshot(source, StatusMerger.merge(source.migrations(), List.of()),
                    "no database: set DATABASE_URL in .env or type a URL above");
        }
        try (Connection connection = database.connect()) {
            List<StatusRow> rows = project.migrator(database, LOCK_TIMEOUT).status(connection, source);
            return new WorkspaceSnapshot(source, rows, null);
        } catch (SQLException e) {
            return new WorkspaceSnapshot(source, StatusMerger.merge(source.migrations(), List.of()),
                    "cannot connect to " + database.masked() + ": " + database.scrub(String.valueOf(e.getMessage())));
        } catch (MigrateException e) {
            return new WorkspaceSnapshot(source, StatusMerger.merge(source.migrations(), List.of()),
                    database.scrub(e.getMessage()));
        }
    }
}
