package dev.driftless.cli;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.engine.StepOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.util.List;

/** `migrate revert`: undo the latest migration, or everything above a target version. */
@Command(name = "revert", mixinStandardHelpOptions = true,
        description = "Revert the latest migration with a down file, or all above --target-version.")
final class MigrateRevertCommand extends StepCommand {
    @Option(names = "--target-version", paramLabel = "VERSION",
            description = "Revert every applied migration above this version (0 reverts all).")
    Long targetVersion;

    MigrateRevertCommand(CliContext context) {
        super(context);
    }

    @Override
    Long targetVersion() {
        return targetVersion;
    }

    @Override
    List<StepOutcome> execute(MigrationSession session, Connection connection, RunOptions options, StepPrinter printer)
            throws MigrateException {
        return session.migrator().revert(connection, session.source(), options, printer);
    }

    @Override
    void finished(List<StepOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            context.out().println("No migrations available to revert");
        }
    }
}
