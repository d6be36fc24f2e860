package dev.driftless.cli;

import picocli.CommandLine.Command;

/** `driftless migrate ...`: the sqlx-cli `migrate` verbs. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create, run, revert and inspect migrations.",
        subcommands = {MigrateAddCommand.class, MigrateRunCommand.class, MigrateRevertCommand.class,
                MigrateInfoCommand.class, MigrateDiagnoseCommand.class, MigrateBuildScriptCommand.class,
                MigrateCheckReversibleCommand.class})
final class MigrateCommand {
}
