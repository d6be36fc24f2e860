package dev.driftless.cli;

import dev.driftless.core.engine.MigrationPlanner;
import dev.driftless.core.schema.replay.DriftReport;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.DatabaseComparison;
import dev.driftless.project.SchemaChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.sql.Connection;
import java.util.concurrent.Callable;

/**
 * `schema diff`: where the database differs from what its migrations build (schema drift), found by
 * replaying the applied migrations into a shadow; or, with --against, where another database differs
 * from it, ledgers and schemas. Exit code 1 when they differ, so CI can fail on drift.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Compare the database's schema with what its applied migrations build (replayed into a "
                + "temporary shadow database), or with another database (--against). Exit code 1 when they differ.")
final class SchemaDiffCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    FormatOption formatOption;

    @Mixin
    SchemaCheckOptions checkOptions;

    @Option(names = "--against", paramLabel = "URL",
            description = "Compare with this database instead (both read as they are, no shadow): both ledgers side "
                    + "by side, then the schema differences.")
    String against;

    SchemaDiffCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        MigrationSession session = MigrationSession.open(context, projectOptions, MigrationRunOptions.DEFAULT_LOCK_TIMEOUT);
        SchemaChecks checks = checkOptions.checks(context, projectOptions, session.project(), session.url());
        return against == null ? drift(session, checks) : against(session, checks);
    }

    private int drift(MigrationSession session, SchemaChecks checks) throws Exception {
        // As migrate run: a folder with problems (duplicate versions, bad names) says nothing reliable.
        MigrationPlanner.refuseProblems(session.source());
        DriftReport report;
        try (Connection connection = session.connect()) {
            report = SchemaCheckOptions.run(() -> checks.drift(connection, session.source(),
                    projectOptions.journalRoot(context)));
        }
        if (formatOption.json()) {
            CliJson.print(context, DriftOutput.json(session.url(), report));
        } else {
            DriftOutput.printText(context, report);
        }
        return report.isClean() ? 0 : 1;
    }

    private int against(MigrationSession session, SchemaChecks checks) throws Exception {
        DatabaseUrl other = projectOptions.parseUrl(context, against);
        if (other.kind() != session.url().kind()) {
            throw new CliFailure("cannot compare " + session.url().masked() + " with " + other.masked()
                    + ": one is PostgreSQL, the other SQLite");
        }
        DatabaseComparison comparison;
        try (Connection here = session.connect(); Connection there = Databases.connect(other)) {
            comparison = checks.against(here, there, other, session.source());
        }
        if (formatOption.json()) {
            CliJson.print(context, AgainstOutput.json(session.url(), other, comparison));
        } else {
            AgainstOutput.printText(context, session.url(), other, comparison);
        }
        return comparison.isSame() ? 0 : 1;
    }
}
