package dev.driftless.ui.actions;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationListener;
import dev.driftless.core.engine.MigrationPlan;
import dev.driftless.core.engine.MigrationPlanner;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.engine.StepOutcome;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;

import java.util.List;
import java.util.function.Consumer;

/**
 * The run dialog's state: which pending migrations will be applied (all, or up to a chosen
 * version), then their progress while the workspace applies them, with "stop after current".
 */
public final class RunViewModel extends MigrationActionViewModel {

    public RunViewModel(WorkspaceViewModel workspace, BackgroundExecutor executor) {
        super(workspace, executor);
        replan();
    }

    @Override
    protected MigrationPlan plan(MigrationPlanner planner, MigrationSource source, List<AppliedMigration> ledger,
                                 RunOptions options) throws MigrateException {
        return planner.planRun(source, ledger, options);
    }

    @Override
    protected List<Long> targetChoices(List<StatusRow> rows) {
        return rows.stream().filter(row -> row.status() == MigrationStatus.PENDING).map(StatusRow::version).toList();
    }

    @Override
    protected void start(WorkspaceViewModel workspace, RunOptions options, MigrationListener listener,
                         Consumer<List<StepOutcome>> done) {
        workspace.run(options, listener, done);
    }

    @Override
    protected String doneVerb() {
        return "applied";
    }
}
