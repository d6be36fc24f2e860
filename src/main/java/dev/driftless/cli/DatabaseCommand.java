package dev.driftless.cli;

import picocli.CommandLine.Command;

/** `driftless database ...`: sqlx-cli's database verbs. */
@Command(name = "database", mixinStandardHelpOptions = true,
        description = "Create, drop, reset or set up the database named by the URL.",
        subcommands = {DatabaseCreateCommand.class, DatabaseDropCommand.class, DatabaseResetCommand.class,
                DatabaseSetupCommand.class})
final class DatabaseCommand {
}
