package dev.driftless.ui.actions;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationFailedException;
import dev.driftless.core.engine.MigrationListener;
import dev.driftless.core.engine.MigrationPlan;
import dev.driftless.core.engine.MigrationPlanner;
import dev.driftless.core.engine.PlannedStep;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.engine.StepOutcome;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.core.sql.SqlPosition;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.RefusalHints;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * What the run and revert dialogs share: a plan made from the workspace's folder and ledger
 * (shown as the dry run before anything happens), an optional target version, the guard for
 * remote databases, progress per step while the workspace runs it, and the database's error.
 */
public abstract class MigrationActionViewModel {

    /** Where the dialog is: looking at the plan, running it, or showing how it ended. */
    public enum Phase { PLANNING, RUNNING, FINISHED }

    private final WorkspaceViewModel workspace;
    private final BackgroundExecutor executor;
    // Kept in a field: the workspace hands out a wrapper that listens to its rows only weakly.
    private final ObservableList<StatusRow> rows;
    private final DangerConfirmation confirmation;
    private final ObservableList<StepProgress> steps = FXCollections.observableArrayList();
    private final ObservableList<Long> targets = FXCollections.observableArrayList();
    private final ObjectProperty<Long> target = new SimpleObjectProperty<>();
    private final StringProperty planError = new SimpleStringProperty();
    private final StringProperty planHint = new SimpleStringProperty();
    private final ObjectProperty<Long> planFixVersion = new SimpleObjectProperty<>();
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.PLANNING);
    // Read by the background run between migrations, hence atomic rather than a property.
    private final AtomicBoolean stop = new AtomicBoolean();
    private final BooleanProperty stopping = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty();
    private final StringProperty errorMessage = new SimpleStringProperty();
    private final StringProperty errorHint = new SimpleStringProperty();
    private final StringProperty sqlState = new SimpleStringProperty();
    private final ObjectProperty<Path> errorFile = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> errorLine = new SimpleObjectProperty<>();
    private final StringBinding targetDatabase;
    private final BooleanBinding canConfirm;
    private final BooleanBinding canStop;
    private boolean replanning;

    protected MigrationActionViewModel(WorkspaceViewModel workspace, BackgroundExecutor executor) {
        this.workspace = workspace;
        this.executor = executor;
        this.rows = workspace.rows();
        this.confirmation = new DangerConfirmation(workspace.databaseProperty());
        canConfirm = phase.isEqualTo(Phase.PLANNING)
                .and(planError.isNull())
                .and(Bindings.isNotEmpty(steps))
                .and(workspace.busyProperty().not())
                .and(workspace.databaseProperty().isNotNull())
                .and(confirmation.confirmedProperty());
        canStop = phase.isEqualTo(Phase.RUNNING).and(stopping.not());
        targetDatabase = Bindings.createStringBinding(() -> TargetDatabase.describe(workspace.databaseProperty().get()),
                workspace.databaseProperty());
        rows.addListener((ListChangeListener<StatusRow>) change -> replan());
        workspace.sourceProperty().addListener((observable, old, source) -> replan());
        workspace.ledgerErrorProperty().addListener((observable, old, error) -> replan());
        target.addListener((observable, old, version) -> replan());
    }

    /** The planner's answer for this action; throws its refusal. */
    protected abstract MigrationPlan plan(MigrationPlanner planner, MigrationSource source,
                                          List<AppliedMigration> ledger, RunOptions options) throws MigrateException;

    /** The versions the target can be set to, from the workspace's rows. */
    protected abstract List<Long> targetChoices(List<StatusRow> rows);

    /** Starts the workspace's run or revert. */
    protected abstract void start(WorkspaceViewModel workspace, RunOptions options, MigrationListener listener,
                                  Consumer<List<StepOutcome>> done);

    /** Called after each planning with the steps that would run (empty when the plan was refused). */
    protected void planned(List<PlannedStep> toRun) {
    }

    /** The past-tense verb for the summary: "applied" or "reverted". */
    protected abstract String doneVerb();

    /** Plans again from the workspace's current folder and ledger; only before the action starts. */
    protected final void replan() {
        if (phase.get() != Phase.PLANNING || replanning) {
            return;
        }
        replanning = true;
        try {
            refreshTargets();
            List<PlannedStep> toRun = List.of();
            try {
                toRun = plan().toRun();
                planError.set(null);
                planHint.set(null);
                planFixVersion.set(null);
            } catch (MigrateException e) {
                planError.set(scrub(e.getMessage()));
                planHint.set(RefusalHints.of(e).orElse(null));
                OptionalLong fixVersion = e.refusal().map(RefusalHints::driftTabVersion).orElse(OptionalLong.empty());
                planFixVersion.set(fixVersion.isPresent() ? fixVersion.getAsLong() : null);
            }
            steps.setAll(toRun.stream().map(StepProgress::new).toList());
            planned(toRun);
        } finally {
            replanning = false;
        }
    }

    private MigrationPlan plan() throws MigrateException {
        MigrationSource source = workspace.sourceProperty().get();
        Project project = workspace.projectProperty().get();
        if (source == null || project == null) {
            throw new MigrateException("no project is open");
        }
        if (workspace.databaseProperty().get() == null || workspace.ledgerErrorProperty().get() != null) {
            // Without the ledger every migration would look pending: refuse rather than mislead.
            throw new MigrateException(Objects.requireNonNullElse(workspace.ledgerErrorProperty().get(),
                    "no database is set"));
        }
        List<AppliedMigration> ledger = rows.stream().map(StatusRow::applied).filter(Objects::nonNull).toList();
        return plan(new MigrationPlanner(project.ledgerTable()), source, ledger, options());
    }

    private void refreshTargets() {
        List<Long> choices = targetChoices(List.copyOf(rows));
        if (target.get() != null && !choices.contains(target.get())) {
            target.set(null);
        }
        if (!targets.equals(choices)) {
            targets.setAll(choices);
        }
    }

    /** The options the plan and the action use: the chosen target, if any. */
    protected final RunOptions options() {
        Long version = target.get();
        return new RunOptions(version == null ? OptionalLong.empty() : OptionalLong.of(version), false, false);
    }

    /** Runs the plan through the workspace, unless the confirm button would be disabled. */
    public final void confirm() {
        if (!canConfirm.get()) {
            return;
        }
        stop.set(false);
        stopping.set(false);
        phase.set(Phase.RUNNING);
        boolean started = WorkspaceAction.<List<StepOutcome>>start(workspace,
                done -> start(workspace, options(), new ProgressListener(), done), this::finished, this::failed);
        if (!started) {
            phase.set(Phase.PLANNING);
            replan();
        }
    }

    /** Selects the migration the refusal is about, which brings the Drift tab with its repairs forward. */
    public final void showFix() {
        Long version = planFixVersion.get();
        if (version != null) {
            workspace.selectedVersionProperty().set(version);
        }
    }

    /** Lets the current migration finish, then stops before the next. */
    public final void requestStop() {
        if (canStop.get()) {
            stop.set(true);
            stopping.set(true);
        }
    }

    private void finished(List<StepOutcome> outcomes) {
        phase.set(Phase.FINISHED);
        steps.forEach(StepProgress::skipIfUnfinished);
        long done = steps.stream().filter(step -> step.state() == StepState.DONE).count();
        summary.set(done + " of " + steps.size() + " migration(s) " + doneVerb()
                + (done < steps.size() ? "; stopped on request" : ""));
    }

    private void failed(Throwable failure) {
        phase.set(Phase.FINISHED);
        OptionalLong failedVersion = failure instanceof MigrationFailedException rejected
                ? OptionalLong.of(rejected.version()) : OptionalLong.empty();
        for (StepProgress step : steps) {
            boolean culprit = failedVersion.isPresent() ? step.version() == failedVersion.getAsLong()
                    : step.state() == StepState.RUNNING;
            if (culprit) {
                step.finish(StepState.FAILED, null);
            }
            step.skipIfUnfinished();
        }
        summary.set("failed");
        errorHint.set(RefusalHints.of(failure).orElse(null));
        if (failure instanceof MigrationFailedException rejected) {
            errorMessage.set(scrub(rejected.fullDatabaseMessage()));
            sqlState.set(rejected.sqlState());
            errorFile.set(rejected.file());
            rejected.position().ifPresent(position -> locate(rejected.file(), position));
        } else {
            errorMessage.set(scrub(failure.getMessage()));
        }
    }

    /** Turns the database's character position into a line, reading the file off the FX thread. */
    private void locate(Path file, int position) {
        // The same reading the migrator used, so positions count the characters the database saw.
        executor.submit(() -> SqlPosition.lineColumnOf(MigrationSourceReader.readSql(file), position).line(),
                errorLine::set, unreadable -> errorLine.set(null));
    }

    private String scrub(String message) {
        DatabaseUrl url = workspace.databaseProperty().get();
        return url == null ? message : url.scrub(message);
    }

    /** Follows the background run on the FX thread (the workspace forwards the calls there). */
    private final class ProgressListener implements MigrationListener {
        @Override
        public void stepStarting(PlannedStep step) {
            find(step).ifPresent(StepProgress::start);
        }

        @Override
        public void stepFinished(StepOutcome outcome) {
            StepState state = outcome.result() == StepOutcome.Result.SKIPPED ? StepState.SKIPPED : StepState.DONE;
            find(outcome.step()).ifPresent(line -> line.finish(state, Duration.ofNanos(outcome.elapsedNanos())));
        }

        @Override
        public boolean stopRequested() {
            return stop.get();
        }

        private Optional<StepProgress> find(PlannedStep step) {
            return steps.stream().filter(line -> line.version() == step.migration().version()).findFirst();
        }
    }

    /** The planned steps, then their progress. */
    public final ObservableList<StepProgress> steps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    /** The versions the target can be set to. */
    public final ObservableList<Long> targets() {
        return FXCollections.unmodifiableObservableList(targets);
    }

    /** The chosen target version; null for the default (all pending, or only the latest). */
    public final ObjectProperty<Long> targetProperty() {
        return target;
    }

    /** The planner's refusal (drifted file, failed row, missing file ...), or null when the plan is fine. */
    public final ReadOnlyStringProperty planErrorProperty() {
        return planError;
    }

    /** How to fix the planner's refusal, when it has a suggestion. */
    public final ReadOnlyStringProperty planHintProperty() {
        return planHint;
    }

    /** The migration whose repair in the Drift tab would lift the refusal, or null when the fix is elsewhere. */
    public final ReadOnlyObjectProperty<Long> planFixVersionProperty() {
        return planFixVersion;
    }

    public final ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    /** The remote-database guard; its field must match before {@link #canConfirmProperty()} turns true. */
    public final DangerConfirmation confirmation() {
        return confirmation;
    }

    /** The database the action changes, as a person recognises it (password masked, SQLite by its file name). */
    public final StringBinding targetDatabaseProperty() {
        return targetDatabase;
    }

    /** A valid non-empty plan, nothing else running, the guard satisfied, not yet started. */
    public final BooleanBinding canConfirmProperty() {
        return canConfirm;
    }

    public final BooleanBinding canStopProperty() {
        return canStop;
    }

    public final ReadOnlyBooleanProperty stoppingProperty() {
        return stopping;
    }

    /** How the action ended, once it has. */
    public final ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Everything the database said (or the refusal) when the action failed. */
    public final ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage;
    }

    public final ReadOnlyStringProperty errorHintProperty() {
        return errorHint;
    }

    /** The SQLSTATE of the database's error, when the driver gave one. */
    public final ReadOnlyStringProperty sqlStateProperty() {
        return sqlState;
    }

    /** The migration file the database rejected. */
    public final ReadOnlyObjectProperty<Path> errorFileProperty() {
        return errorFile;
    }

    /** The 1-based line of the error in {@link #errorFileProperty()}, when the database gave a position. */
    public final ReadOnlyObjectProperty<Integer> errorLineProperty() {
        return errorLine;
    }

    /** The workspace's migrations with their status, as the plan was made from them. */
    protected final List<StatusRow> rows() {
        return List.copyOf(rows);
    }

    protected final BackgroundExecutor executor() {
        return executor;
    }
}
