package dev.driftless.cli;

import dev.driftless.project.Project;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the project's settings and migrations are: sqlx-cli's --config and --source, for every verb that reads them. */
final class ProjectFiles {
    @Option(names = "--source", paramLabel = "DIR",
            description = "Folder of migration files (default: migrations-dir from sqlx.toml, else migrations).")
    Path source;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file to read instead of ./sqlx.toml (relative to the current folder; "
                    + "--config=/dev/null reads none).")
    Path config;

    /** The project in the working folder, with any warnings about its settings printed on the error stream. */
    Project open(CliContext context) {
        Project project = Project.open(context.workingDirectory(), config, source);
        project.config().warnings().forEach(warning -> context.err().println("warning: " + warning));
        return project;
    }
}
