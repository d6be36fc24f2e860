package dev.driftless.cli;

import picocli.CommandLine.Command;

/** `driftless schema ...`: the database's own structure, as it is, whatever the migrations say. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Inspect the database's schema: tables, views, types, functions, triggers.",
        subcommands = {SchemaShowCommand.class, SchemaDiffCommand.class})
final class SchemaCommand {
}
