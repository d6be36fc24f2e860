package dev.driftless.cli;

import dev.driftless.core.engine.MigrationCreator;
import dev.driftless.core.engine.NewMigration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationType;
import dev.driftless.project.Project;
import dev.driftless.project.ProjectConfig;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;

/** `migrate add`: create a migration by sqlx-cli's rules, never overwriting a file. */
@Command(name = "add", mixinStandardHelpOptions = true, description = "Create a new migration file (or pair).")
final class MigrateAddCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectFiles files;

    @ArgGroup(exclusive = true)
    TypeFlags typeFlags = new TypeFlags();

    @ArgGroup(exclusive = true)
    VersionFlags versionFlags = new VersionFlags();

    @Parameters(arity = "1..*", paramLabel = "DESCRIPTION", description = "What the migration does.")
    List<String> description;

    MigrateAddCommand(CliContext context) {
        this.context = context;
    }

    static final class TypeFlags {
        @Option(names = {"-r", "--reversible"}, description = "Create an up and a down file.")
        boolean reversible;

        @Option(names = "--simple", description = "Create a single file.")
        boolean simple;
    }

    static final class VersionFlags {
        @Option(names = {"-t", "--timestamp"}, description = "Use a UTC timestamp version (yyyyMMddHHmmss).")
        boolean timestamp;

        @Option(names = {"-s", "--sequential"}, description = "Use the next sequential version (0001, 0002, ...).")
        boolean sequential;
    }

    @Override
    public Integer call() throws Exception {
        Project project = files.open(context);
        Files.createDirectories(project.migrationsDirectory());
        MigrationSource migrations = project.readMigrations();
        NewMigration request = new NewMigration(String.join(" ", description), type(project.config()),
                versioning(project.config()));
        for (Path created : new MigrationCreator(Clock.systemUTC()).create(migrations, request)) {
            context.out().println("Creating " + display(created));
        }
        return 0;
    }

    private MigrationType type(ProjectConfig config) {
        if (typeFlags.reversible) {
            return MigrationType.REVERSIBLE;
        }
        if (typeFlags.simple) {
            return MigrationType.SIMPLE;
        }
        return config.defaultMigrationType();
    }

    private NewMigration.Versioning versioning(ProjectConfig config) {
        if (versionFlags.timestamp) {
            return NewMigration.Versioning.TIMESTAMP;
        }
        if (versionFlags.sequential) {
            return NewMigration.Versioning.SEQUENTIAL;
        }
        return config.defaultVersioning();
    }

    /** Paths under the working folder are shown relative to it, as sqlx-cli shows them. */
    private Path display(Path created) {
        return created.startsWith(context.workingDirectory())
                ? context.workingDirectory().relativize(created) : created;
    }
}
