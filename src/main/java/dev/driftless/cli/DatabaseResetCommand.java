package dev.driftless.cli;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** `database reset`: drop the database, create it again and run every migration. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Drop, create and migrate the database (asks first unless -y).")
final class DatabaseResetCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    SqliteWalOption sqliteWal;

    @Mixin
    DropFlags dropFlags;

    DatabaseResetCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Project project = projectOptions.project(context);
        DatabaseUrl url = projectOptions.databaseUrl(context, project);
        DatabaseLifecycle lifecycle = new DatabaseLifecycle(context);
        if (!lifecycle.drop(url, dropFlags.yes, dropFlags.force)) {
            return 1;
        }
        lifecycle.setup(project, url, projectOptions.journalRoot(context), sqliteWal.wal);
        return 0;
    }
}
