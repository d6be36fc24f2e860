package dev.driftless.cli;

import dev.driftless.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** `database drop`: drop the database after asking. */
@Command(name = "drop", mixinStandardHelpOptions = true, description = "Drop the database (asks first unless -y).")
final class DatabaseDropCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    DropFlags dropFlags;

    DatabaseDropCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Project project = projectOptions.project(context);
        boolean dropped = new DatabaseLifecycle(context)
                .drop(projectOptions.databaseUrl(context, project), dropFlags.yes, dropFlags.force);
        return dropped ? 0 : 1;
    }
}
