package dev.driftless.ui.actions;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationListener;
import dev.driftless.core.engine.MigrationPlan;
import dev.driftless.core.engine.MigrationPlanner;
import dev.driftless.core.engine.PlannedStep;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.engine.StepOutcome;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.schema.replay.ReversibilityReport;
import dev.driftless.core.schema.replay.ReversibilityResult;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.LatestAnswer;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The revert dialog's state: by default the latest applied migration (the planner refuses a
 * simple one, with a hint), or everything above a chosen version; the down SQL that will run,
 * read off the FX thread, shown before confirming.
 */
public final class RevertViewModel extends MigrationActionViewModel {
    private final StringProperty downSql = new SimpleStringProperty("");
    /** A slow read for an older plan never overwrites a newer one. */
    private final LatestAnswer downSqlReads;
    private final ObjectProperty<ReversibilityReport> knownVerdicts = new SimpleObjectProperty<>();
    private final StringBinding reversibilityWarning = Bindings.createStringBinding(this::reversibilityWarning,
            steps(), knownVerdicts);

    public RevertViewModel(WorkspaceViewModel workspace, BackgroundExecutor executor) {
        super(workspace, executor);
        downSqlReads = new LatestAnswer(executor);
        replan();
    }

    @Override
    protected MigrationPlan plan(MigrationPlanner planner, MigrationSource source, List<AppliedMigration> ledger,
                                 RunOptions options) throws MigrateException {
        return planner.planRevert(source, ledger, options);
    }

    /** Applied versions below the latest, and 0 for "revert everything". */
    @Override
    protected List<Long> targetChoices(List<StatusRow> rows) {
        List<Long> applied = rows.stream().filter(row -> row.status().isApplied()).map(StatusRow::version).toList();
        if (applied.isEmpty()) {
            return List.of();
        }
        List<Long> below = applied.subList(0, applied.size() - 1);
        return Stream.concat(Stream.of(0L), below.stream()).toList();
    }

    /**
     * Shows the down SQL also when the revert is refused: what would be reverted is still worth reading,
     * and the refusal (a drifted or failed row elsewhere) may be lifted in a moment.
     */
    @Override
    protected void planned(List<PlannedStep> toRun) {
        List<Migration> migrations = toRun.isEmpty() ? aimedAt()
                : toRun.stream().map(PlannedStep::migration).toList();
        if (migrations.isEmpty()) {
            downSqlReads.cancel();
            downSql.set("");
            return;
        }
        downSql.set("reading ...");
        downSqlReads.submit(() -> readDownFiles(migrations), downSql::set,
                failure -> downSql.set("-- cannot read the down file: " + failure.getMessage()));
    }

    /** What the revert is aimed at without a plan: the latest applied migration, or every one above the target. */
    private List<Migration> aimedAt() {
        List<StatusRow> applied = rows().stream().filter(row -> row.status().isApplied()).toList();
        if (applied.isEmpty()) {
            return List.of();
        }
        Long target = targetProperty().get();
        List<StatusRow> aimed = target == null ? List.of(applied.get(applied.size() - 1))
                : applied.stream().filter(row -> row.version() > target).toList();
        List<Migration> newestFirst = new ArrayList<>(aimed.stream().map(StatusRow::migration)
                .filter(Objects::nonNull).toList());
        Collections.reverse(newestFirst);
        return newestFirst;
    }

    /** The down SQL in the order it will run; each file under a header when there are several. */
    private static String readDownFiles(List<Migration> migrations) throws IOException {
        if (migrations.size() == 1) {
            return downSqlOf(migrations.get(0));
        }
        List<String> parts = new ArrayList<>();
        for (Migration migration : migrations) {
            String file = migration.downFile() == null ? "no down file" : migration.downFile().getFileName().toString();
            parts.add("-- " + migration.version() + " " + migration.description() + " (" + file + ")\n"
                    + downSqlOf(migration));
        }
        return String.join("\n", parts);
    }

    private static String downSqlOf(Migration migration) throws IOException {
        return migration.downFile() == null
                ? "-- " + migration.upFile().getFileName() + " is a simple migration: it has no down file\n"
                : MigrationSourceReader.readSql(migration.downFile());
    }

    @Override
    protected void start(WorkspaceViewModel workspace, RunOptions options, MigrationListener listener,
                         Consumer<List<StepOutcome>> done) {
        workspace.revert(options, listener, done);
    }

    @Override
    protected String doneVerb() {
        return "reverted";
    }

    /** The SQL of the down file(s) that will run, once read. */
    public ReadOnlyStringProperty downSqlProperty() {
        return downSql;
    }

    /** The latest reversibility verdicts (the Schema tab's checks), null when none ran. */
    public ObjectProperty<ReversibilityReport> knownVerdictsProperty() {
        return knownVerdicts;
    }

    /** A warning for each migration to revert whose down file a check found broken; empty when none. */
    public StringBinding reversibilityWarningProperty() {
        return reversibilityWarning;
    }

    private String reversibilityWarning() {
        ReversibilityReport verdicts = knownVerdicts.get();
        if (verdicts == null) {
            return "";
        }
        List<String> warnings = new ArrayList<>();
        for (StepProgress step : steps()) {
            verdicts.results().stream()
                    // An up file that fails says nothing of the down file.
                    .filter(result -> result.migration().version() == step.version()
                            && result.verdict() == ReversibilityResult.Verdict.BROKEN
                            && !result.has(ReversibilityResult.Kind.UP_FAILED))
                    .forEach(result -> warnings.add("The down file of " + result.migration()
                            + " is known to be broken (Check Reversibility): " + String.join("; ",
                            result.problems().stream().map(ReversibilityResult.Problem::message).toList())));
        }
        return String.join("\n", warnings);
    }
}
