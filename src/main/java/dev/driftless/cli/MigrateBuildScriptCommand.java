package dev.driftless.cli;

import dev.driftless.project.BuildScript;
import dev.driftless.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `migrate build-script`: sqlx-cli's build.rs that rebuilds the crate when a migration is added. */
@Command(name = "build-script", mixinStandardHelpOptions = true,
        description = "Generate a build.rs to trigger recompilation when a new migration is added. "
                + "Must be run in a Cargo project root.")
final class MigrateBuildScriptCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectFiles files;

    @Option(names = "--force", description = "Overwrite the build script if it already exists.")
    boolean force;

    MigrateBuildScriptCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Project project = files.open(context);
        BuildScript.write(context.workingDirectory(), source(project), force);
        context.out().println("Created `build.rs`; be sure to check it into version control!");
        return 0;
    }

    /** The folder as the person wrote it: --source as typed, else migrations-dir relative to here. */
    private String source(Project project) {
        if (files.source != null) {
            return files.source.toString();
        }
        Path migrations = project.migrationsDirectory();
        return migrations.startsWith(context.workingDirectory())
                ? context.workingDirectory().relativize(migrations).toString() : migrations.toString();
    }
}
