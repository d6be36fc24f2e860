package dev.driftless.cli;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.engine.StepOutcome;
import picocli.CommandLine.Mixin;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;

/** What `migrate run` and `migrate revert` share: options, session, printing each step. */
abstract class StepCommand implements Callable<Integer> {
    final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    MigrationRunOptions runOptions;

    StepCommand(CliContext context) {
        this.context = context;
    }

    /** --target-version, or null. */
    abstract Long targetVersion();

    abstract List<StepOutcome> execute(MigrationSession session, Connection connection, RunOptions options,
                                       StepPrinter printer) throws MigrateException;

    /** Called after the steps ran; nothing to add by default. */
    void finished(List<StepOutcome> outcomes) {
    }

    @Override
    public Integer call() throws Exception {
        MigrationSession session = MigrationSession.open(context, projectOptions, runOptions.lockTimeout());
        List<StepOutcome> outcomes;
        try (Connection connection = session.connect()) {
            outcomes = execute(session, connection, runOptions.toRunOptions(targetVersion()), new StepPrinter(context));
        }
        finished(outcomes);
        return 0;
    }
}
