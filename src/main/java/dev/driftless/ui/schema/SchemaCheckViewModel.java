package dev.driftless.ui.schema;

import dev.driftless.core.engine.MigrationPlanner;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.schema.compare.ComparisonOptions;
import dev.driftless.core.schema.replay.DriftReport;
import dev.driftless.core.schema.replay.MigrationRef;
import dev.driftless.core.schema.replay.ReversibilityReport;
import dev.driftless.core.schema.replay.ReversibilityResult;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.PostgresUrl;
import dev.driftless.project.Project;
import dev.driftless.project.SchemaChecks;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.LedgerProblem;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.Bindings;
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
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The Schema tab and the Database menu's checks: schema drift of the open database against its migrations, and
 * the reversibility of its migrations, each run in the background in a shadow database, with a Cancel. The
 * latest drift report and reversibility verdicts go to {@link SchemaDriftState} for the other panes.
 */
public final class SchemaCheckViewModel {
    /** How the latest check ended, for the headline's colour. */
    public enum Outcome { NONE, CLEAN, DIFFERENCES, FAILED }

    static final String NOTHING_YET = "Check Schema compares the database with what its migrations build, "
            + "replayed into a shadow database (Database > Check Schema).";

    private final WorkspaceViewModel workspace;
    private final SchemaDriftState state;
    private final Path journalRoot;
    private final CancellableCheck check;
    private final ObservableList<SchemaCheckLine> lines = FXCollections.observableArrayList();
    private final FilteredList<SchemaCheckLine> visibleLines = new FilteredList<>(lines);
    private final ObjectProperty<MigrationRef> migrationFilter = new SimpleObjectProperty<>();
    private final StringProperty headline = new SimpleStringProperty(NOTHING_YET);
    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>(Outcome.NONE);
    private final StringProperty progress = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty shadowUrl = new SimpleStringProperty("");
    private final StringBinding unavailableReason;
    private boolean cancelRequested;
    /** The latest drift check of this database, shown again for a migration's findings. */
    private CheckedSchema lastDrift;

    /** @param journalRoot where the applied texts of drifted and missing files are looked up */
    public SchemaCheckViewModel(WorkspaceViewModel workspace, SchemaDriftState state, BackgroundExecutor executor,
                                Path journalRoot) {
        this.workspace = workspace;
        this.state = state;
        this.journalRoot = journalRoot;
        this.check = new CancellableCheck(executor);
        unavailableReason = Bindings.createStringBinding(() -> {
            if (workspace.projectProperty().get() == null || workspace.databaseProperty().get() == null) {
                return "Connect a database first";
            }
            if (running.get()) {
                return "A schema check is running";
            }
            if (workspace.busyProperty().get()) {
                return WorkspaceViewModel.BUSY_REASON;
            }
            // A database that is not there has no schema to read (a ledger that cannot be read still may).
            LedgerProblem problem = workspace.ledgerProblemProperty().get();
            return problem == null || problem.kind() == LedgerProblem.Kind.UNREADABLE ? null
                    : problem.reason();
        }, workspace.projectProperty(), workspace.databaseProperty(), workspace.busyProperty(), running,
                workspace.ledgerProblemProperty());
        migrationFilter.addListener((observable, before, migration) -> visibleLines.setPredicate(
                migration == null ? null : line -> line.isAbout(migration.version())));
        // What was checked says nothing about another project or database (a check still running is dropped
        // when it ends); verdicts about another project's files mean nothing either.
        workspace.projectProperty().addListener((observable, before, project) -> {
            state.reversibilityProperty().set(null);
            forget();
        });
        workspace.databaseProperty().addListener((observable, before, database) -> forget());
    }

    /** Compares the open database with what its applied migrations build in a shadow. */
    public void checkDrift() {
        if (unavailableReason.get() != null) {
            return;
        }
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        start("Reading " + url.masked() + " and replaying its applied migrations into a shadow database…",
                "check schema of " + url.masked(), url, project, checks -> {
                    MigrationSource source = project.readMigrations();
                    // As migrate run: a folder with problems (duplicate versions, bad names) says nothing reliable.
                    MigrationPlanner.refuseProblems(source);
                    try (Connection connection = url.connect()) {
                        SchemaSnapshot schema = checks.readSchema(connection);
                        return new CheckedSchema(checks.drift(connection, schema, source, journalRoot), schema.size());
                    }
                }, checked -> {
                    lastDrift = checked;
                    state.reportProperty().set(checked.report());
                    showDrift(checked);
                });
    }

    /** Checks every reversible migration (or only {@code version}) in a shadow: up, down, up again. */
    public void checkReversibility(OptionalLong version) {
        if (unavailableReason.get() != null) {
            return;
        }
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        String which = version.isPresent() ? "migration " + version.getAsLong() : "every reversible migration";
        start("Applying, reverting and applying again " + which + " in a shadow database…",
                "check reversibility of " + which, url, project, checks -> {
                    MigrationSource source = project.readMigrations();
                    MigrationPlanner.refuseProblems(source);
                    return checks.reversibility(source, version);
                }, report -> {
                    state.reversibilityProperty().set(merged(state.reversibilityProperty().get(), report));
                    show(SchemaCheckLines.headline(report), SchemaCheckLines.of(report),
                            outcome(report.allReversible()));
                });
    }

    private <T> void start(String progressText, String logText, DatabaseUrl url, Project project,
                           Check<T> work, Consumer<T> onSuccess) {
        SchemaChecks checks;
        try {
            checks = checksFor(project, url);
        } catch (IllegalArgumentException badShadowUrl) {
            show("The shadow database URL: " + badShadowUrl.getMessage(), List.of(), Outcome.FAILED);
            return;
        }
        LogViewModel log = workspace.log();
        log.info(logText + " ...");
        cancelRequested = false;
        running.set(true);
        progress.set(progressText);
        migrationFilter.set(null);
        check.submit(() -> work.run(checks), result -> {
            finish();
            if (!url.equals(workspace.databaseProperty().get()) || project != workspace.projectProperty().get()) {
                show("The database changed during the check; check again.", List.of(), Outcome.FAILED);
                return;
            }
            log.success(logText + ": done");
            onSuccess.accept(result);
        }, failure -> {
            finish();
            String message = cancelRequested ? SchemaCheckFailures.CANCELLED
                    : SchemaCheckFailures.describe(failure, workspace);
            log.error(logText + ": " + message);
            show(message, List.of(), Outcome.FAILED);
        });
    }

    /**
     * The schema checks of the project on the database, with the shadow database typed in this tab (the
     * Object tab's "which migrations made it" replays through it too).
     *
     * @throws IllegalArgumentException when the typed shadow database is not a database URL
     */
    public SchemaChecks checksFor(Project project, DatabaseUrl url) {
        return new SchemaChecks(project, url, shadowDatabase(url), ComparisonOptions.DEFAULT);
    }

    /** The shadow database typed in the tab, for PostgreSQL; null for a temporary one. */
    private DatabaseUrl shadowDatabase(DatabaseUrl url) {
        String typed = shadowUrl.get().strip();
        if (typed.isEmpty() || !(url instanceof PostgresUrl)) {
            return null;
        }
        return DatabaseUrl.parse(typed);
    }

    private void showDrift(CheckedSchema checked) {
        show(SchemaCheckLines.headline(checked.report(), checked.objects()), SchemaCheckLines.of(checked.report()),
                outcome(checked.report().isClean()));
    }

    private void forget() {
        lastDrift = null;
        if (!running.get()) {
            migrationFilter.set(null);
            show(NOTHING_YET, List.of(), Outcome.NONE);
        }
    }

    private void finish() {
        running.set(false);
        progress.set("");
    }

    private void show(String headlineText, List<SchemaCheckLine> found, Outcome ended) {
        headline.set(headlineText);
        outcome.set(ended);
        lines.setAll(found);
    }

    private static Outcome outcome(boolean clean) {
        return clean ? Outcome.CLEAN : Outcome.DIFFERENCES;
    }

    /** Earlier verdicts with the new ones in their place: a check of one migration keeps the others' verdicts. */
    private static ReversibilityReport merged(ReversibilityReport earlier, ReversibilityReport latest) {
        if (earlier == null) {
            return latest;
        }
        Map<Long, ReversibilityResult> byVersion = new TreeMap<>();
        earlier.results().forEach(result -> byVersion.put(result.migration().version(), result));
        latest.results().forEach(result -> byVersion.put(result.migration().version(), result));
        return new ReversibilityReport(new ArrayList<>(byVersion.values()), latest.shadow());
    }

    /** Interrupts the running check; the engine drops its shadow. */
    public void cancel() {
        if (running.get()) {
            cancelRequested = true;
            progress.set("Cancelling…");
            check.cancel();
        }
    }

    /** Shows only the lines about one migration (its findings, its replay), e.g. from the migration tree. */
    public void showOnly(MigrationRef migration) {
        migrationFilter.set(migration);
    }

    /** Whether the latest drift check attributes a finding to this migration. */
    public boolean hasFindingsAbout(long version) {
        DriftReport report = state.reportProperty().get();
        return report != null && report.findings().stream()
                .anyMatch(finding -> finding.attributedTo().filter(ref -> ref.version() == version).isPresent());
    }

    /** The latest drift check's lines (after a reversibility check, say), only those about this migration. */
    public void showFindingsAbout(long version) {
        if (lastDrift == null) {
            return;
        }
        showDrift(lastDrift);
        lastDrift.report().findings().stream().flatMap(finding -> finding.attributedTo().stream())
                .filter(ref -> ref.version() == version).findFirst().ifPresent(this::showOnly);
    }

    /** Asks the Database view to show the line's object. */
    public void showInDatabase(SchemaCheckLine line) {
        if (line != null && line.object() != null) {
            state.objectToRevealProperty().set(line.object());
        }
    }

    /** The up file of the line's migration, if it has one in the folder. */
    public Optional<Path> migrationFile(SchemaCheckLine line) {
        if (line == null || line.migration() == null) {
            return Optional.empty();
        }
        return workspace.row(line.migration().version()).filter(row -> row.migration() != null)
                .map(row -> row.migration().upFile());
    }

    /** The lines shown: all of the latest check's, or those about the migration shown alone. */
    public ObservableList<SchemaCheckLine> lines() {
        return visibleLines;
    }

    public ReadOnlyStringProperty headlineProperty() {
        return headline;
    }

    /** How the latest check ended: clean, with differences, or failed (no shadow, a migration failing in it). */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome;
    }

    /** What the running check does; empty when none runs. */
    public ReadOnlyStringProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** The migration whose lines alone are shown, or null for all. */
    public ObjectProperty<MigrationRef> migrationFilterProperty() {
        return migrationFilter;
    }

    /** A PostgreSQL database to empty and use as the shadow (for a role that may not create databases); blank for none. */
    public StringProperty shadowUrlProperty() {
        return shadowUrl;
    }

    /** Why a check cannot start now (no database, an action or a check running), or null when it can. */
    public StringBinding unavailableReasonProperty() {
        return unavailableReason;
    }

    /** A drift check's report and how many of the database's objects it compared. */
    private record CheckedSchema(DriftReport report, int objects) {
    }

    /** A check's work on its worker thread. */
    @FunctionalInterface
    private interface Check<T> {
        T run(SchemaChecks checks) throws Exception;
    }
}
