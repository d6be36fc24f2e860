package dev.driftless.cli;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.engine.StepOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.util.List;

/** `migrate run`: apply pending migrations, as sqlx-cli does, under sqlx's lock. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Apply all pending migrations.")
final class MigrateRunCommand extends StepCommand {
    @Option(names = "--target-version", paramLabel = "VERSION",
            description = "Apply up to and including this version.")
    Long targetVersion;

    MigrateRunCommand(CliContext context) {
        super(context);
    }

    @Override
    Long targetVersion() {
        return targetVersion;
    }

    @Override
    List<StepOutcome> execute(MigrationSession session, Connection connection, RunOptions options, StepPrinter printer)
            throws MigrateException {
        return session.migrator().run(connection, session.source(), options, printer);
    }
}
