package dev.driftless.cli;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.Migrator;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/** What a migrate command works on: the project, its migrations as read now, the database and the engine. */
record MigrationSession(Project project, MigrationSource source, DatabaseUrl url, Migrator migrator) {

    static MigrationSession open(CliContext context, ProjectOptions options, Duration lockTimeout) {
        Project project = options.project(context);
        MigrationSource source = project.readMigrations();
        DatabaseUrl url = options.databaseUrl(context, project);
        return new MigrationSession(project, source, url,
                project.migrator(url, lockTimeout, options.journalRoot(context)));
    }

    Connection connect() throws CliFailure {
        return Databases.connect(url);
    }

    /** The merged status of every migration, read on a connection of its own. */
    List<StatusRow> status() throws CliFailure, MigrateException, SQLException {
        try (Connection connection = connect()) {
            return migrator.status(connection, source);
        }
    }
}
