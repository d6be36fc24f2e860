package dev.driftless.cli;

import dev.driftless.core.engine.StepOutcome;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;

/** `migrate revert`: undo the latest migration, or everything above a target version. */
@Command(name = "revert", mixinStandardHelpOptions = true,
        description = "Revert the latest migration with a down file, or all above --target-version.")
final class MigrateRevertCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    MigrationRunOptions runOptions;

    @Option(names = "--target-version", paramLabel = "VERSION",
            description = "Revert every applied migration above this version (0 reverts all).")
    Long targetVersion;

    MigrateRevertCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Project project = projectOptions.project(context);
        MigrationSource source = project.readMigrations();
        DatabaseUrl url = projectOptions.databaseUrl(context, project);
        List<StepOutcome> outcomes;
        try (Connection connection = Databases.connect(url)) {
            outcomes = project.migrator(url, runOptions.lockTimeout())
                    .revert(connection, source, runOptions.toRunOptions(targetVersion), new StepPrinter(context));
        }
        if (outcomes.isEmpty()) {
            context.out().println("No migrations available to revert");
        }
        return 0;
    }
}
