package dev.driftless.cli;

import dev.driftless.core.engine.MigrationPlanner;
import dev.driftless.core.schema.replay.ReversibilityReport;
import dev.driftless.db.PostgresUrl;
import dev.driftless.project.SchemaChecks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.OptionalLong;
import java.util.concurrent.Callable;

/**
 * `migrate check-reversible [VERSION]`: every reversible migration of the folder (or the one named)
 * applied, reverted and applied again in a shadow on the database's server, its schema compared at
 * each step. Exit code 1 when any is not reversible. The database itself is only read.
 */
@Command(name = "check-reversible", mixinStandardHelpOptions = true,
        description = "Check in a temporary shadow database that each reversible migration's down file undoes its "
                + "up file, and that the up file applies again afterwards. Exit code 1 when one does not.")
final class MigrateCheckReversibleCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    FormatOption formatOption;

    @Mixin
    SchemaCheckOptions checkOptions;

    @Parameters(index = "0", arity = "0..1", paramLabel = "VERSION",
            description = "Check only this migration (the ones before it are applied first).")
    Long version;

    MigrateCheckReversibleCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        MigrationSession session = MigrationSession.open(context, projectOptions, MigrationRunOptions.DEFAULT_LOCK_TIMEOUT);
        MigrationPlanner.refuseProblems(session.source());
        SchemaChecks checks = checkOptions.checks(context, projectOptions, session.project(), session.url());
        if (session.url() instanceof PostgresUrl) {
            // The shadow goes on this server: reaching it first words an unreachable one as every command does.
            session.connect().close();
        }
        OptionalLong only = version == null ? OptionalLong.empty() : OptionalLong.of(version);
        ReversibilityReport report = SchemaCheckOptions.run(() -> checks.reversibility(session.source(), only));
        if (formatOption.json()) {
            CliJson.print(context, ReversibilityOutput.json(session.url(), report));
        } else {
            ReversibilityOutput.printText(context, report);
        }
        return report.allReversible() ? 0 : 1;
    }
}
