package dev.driftless.cli;

import dev.driftless.core.engine.RunOptions;
import dev.driftless.db.DatabaseAdmin;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** The steps the database verbs combine: create if missing, drop after asking, run migrations. */
final class DatabaseLifecycle {
    private final CliContext context;

    DatabaseLifecycle(CliContext context) {
        this.context = context;
    }

    /** {@code sqliteWal}: a new SQLite file in WAL mode, as sqlx-cli's --sqlite-create-db-wal. */
    void createIfMissing(DatabaseUrl url, boolean sqliteWal) throws CliFailure {
        try {
            if (!DatabaseAdmin.exists(url)) {
                DatabaseAdmin.create(url, sqliteWal);
            }
        } catch (SQLException e) {
            throw Databases.failure("cannot create " + url.masked() + ": ", url, e);
        }
    }

    /** Drops after a typed confirmation unless {@code yes}; returns false when the person declined. */
    boolean drop(DatabaseUrl url, boolean yes, boolean force) throws CliFailure {
        if (!yes && !Confirmation.yesNo("Drop database at " + url.masked() + "? (y/N) ").ask(context)) {
            context.err().println("not dropped (pass -y to drop without asking)");
            return false;
        }
        try {
            if (DatabaseAdmin.exists(url)) {
                DatabaseAdmin.drop(url, force);
            }
        } catch (SQLException e) {
            throw Databases.failure("cannot drop " + url.masked() + ": ", url, e);
        }
        return true;
    }

    /** `database setup`: create the database if it is missing, then apply every migration. */
    void setup(Project project, DatabaseUrl url, Path journalRoot, boolean sqliteWal) throws Exception {
        createIfMissing(url, sqliteWal);
        runMigrations(project, url, journalRoot);
    }

    private void runMigrations(Project project, DatabaseUrl url, Path journalRoot) throws Exception {
        try (Connection connection = Databases.connect(url)) {
            project.migrator(url, MigrationRunOptions.DEFAULT_LOCK_TIMEOUT, journalRoot)
                    .run(connection, project.readMigrations(), RunOptions.DEFAULTS, new StepPrinter(context));
        }
    }
}
