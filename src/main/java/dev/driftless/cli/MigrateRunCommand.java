package dev.driftless.cli;

import dev.driftless.core.source.MigrationSource;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.util.concurrent.Callable;

/** `migrate run`: apply pending migrations, as sqlx-cli does, under sqlx's lock. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Apply all pending migrations.")
final class MigrateRunCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    MigrationRunOptions runOptions;

    @Option(names = "--target-version", paramLabel = "VERSION",
            description = "Apply up to and including this version.")
    Long targetVersion;

    MigrateRunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Project project = projectOptions.project(context);
        MigrationSource source = project.readMigrations();
        DatabaseUrl url = projectOptions.databaseUrl(context, project);
        try (Connection connection = Databases.connect(url)) {
            project.migrator(url, runOptions.lockTimeout())
                    .run(connection, source, runOptions.toRunOptions(targetVersion), new StepPrinter(context));
        }
        return 0;
    }
}
