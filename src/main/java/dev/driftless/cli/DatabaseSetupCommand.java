package dev.driftless.cli;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** `database setup`: create the database if missing, then run every migration. */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Create the database if needed and apply all migrations.")
final class DatabaseSetupCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    SqliteWalOption sqliteWal;

    DatabaseSetupCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Project project = projectOptions.project(context);
        DatabaseUrl url = projectOptions.databaseUrl(context, project);
        DatabaseLifecycle lifecycle = new DatabaseLifecycle(context);
        lifecycle.setup(project, url, projectOptions.journalRoot(context), sqliteWal.wal);
        return 0;
    }
}
