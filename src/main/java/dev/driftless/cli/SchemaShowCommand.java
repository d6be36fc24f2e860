package dev.driftless.cli;

import dev.driftless.core.schema.SchemaScript;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.project.Project;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.util.concurrent.Callable;

/**
 * `schema show`: every object of the database (the ledger table and extensions' own objects
 * left out) as an outline, as JSON, or as the DDL that would build it. Reads only, in a read-only
 * transaction.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show the database's schema: schemas, tables with their columns, constraints, indexes "
                + "and triggers, views, sequences, types, functions, extensions.")
final class SchemaShowCommand implements Callable<Integer> {
    enum Format { text, json, sql }

    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (an outline), json (one object on standard output) or sql (the DDL of every "
                    + "object, in an order that replays).")
    Format format;

    SchemaShowCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        Project project = projectOptions.project(context);
        DatabaseUrl url = projectOptions.databaseUrl(context, project);
        SchemaSnapshot snapshot;
        try (Connection connection = Databases.connect(url)) {
            snapshot = Dialects.schemaReader(url).read(connection, project.ledgerTable());
        }
        switch (format) {
            case text -> SchemaOutline.lines(snapshot).forEach(context.out()::println);
            case json -> CliJson.print(context, SchemaJson.document(url, snapshot));
            case sql -> context.out().printLines(SchemaScript.render(snapshot));
        }
        return 0;
    }
}
