package dev.driftless.cli;

import dev.driftless.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** `database create`: create the database if it does not exist. */
@Command(name = "create", mixinStandardHelpOptions = true, description = "Create the database if it does not exist.")
final class DatabaseCreateCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    SqliteWalOption sqliteWal;

    DatabaseCreateCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Project project = projectOptions.project(context);
        new DatabaseLifecycle(context).createIfMissing(projectOptions.databaseUrl(context, project), sqliteWal.wal);
        return 0;
    }
}
