package dev.driftless.ui.drift;

import dev.driftless.core.drift.AppliedText;
import dev.driftless.core.drift.Diagnosis;
import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.drift.LineEndingAdvice;
import dev.driftless.core.engine.MigrationCreator;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.repair.FileEdit;
import dev.driftless.core.repair.FileRepair;
import dev.driftless.core.repair.FileRepairJournal;
import dev.driftless.core.repair.FileRepairs;
import dev.driftless.core.repair.MoveEditToNewMigration;
import dev.driftless.core.source.IgnoredChars;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.project.IgnoreCarriageReturns;
import dev.driftless.project.Project;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.LatestAnswer;
import dev.driftless.ui.workspace.WorkspaceLoader;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The drift pane's repairs of the project's files for the selected migration: restore the applied
 * text, move the edit into a new migration, and for line-endings drift the {@code .gitattributes}
 * line or {@code ignored-chars} in sqlx.toml (with the re-stamps that needs). Each is planned in
 * the background (changing nothing), confirmed with its diff and SQL, made as a workspace action,
 * and journalled in a {@link FileRepairJournal}, so "Undo file repair" works after a restart too.
 */
public final class FileRepairViewModel {

    /** A file repair ready to confirm; {@code database} is where its ledger rows are, or null without rows. */
    public record PreparedFileRepair(FileRepair repair, Project project, DatabaseUrl database) {
    }

    /** An undo ready to confirm: the journal entry, the repair rebuilt from it, and the database of its rows (or null). */
    public record PreparedFileUndo(FileRepairJournal.Entry entry, FileRepair repair, DatabaseUrl database) {
    }

    private final DriftViewModel drift;
    private final WorkspaceViewModel workspace;
    private final BackgroundExecutor executor;
    private final FileRepairJournal journal;
    private final Clock clock;

    private final BooleanBinding restorable;
    private final BooleanBinding movable;
    private final BooleanBinding ignoredCharsApplicable;
    private final ObjectProperty<LineEndingAdvice.IgnoredCrEffect> ignoredCrEffect = new SimpleObjectProperty<>();
    private final BooleanProperty gitattributesPresent = new SimpleBooleanProperty();
    private final StringProperty lineEndingAdvice = new SimpleStringProperty("");
    /** Line-ending advice for the shown diagnosis: late advice for an earlier one is dropped. */
    private final LatestAnswer advice;
    private final Consumer<Path> openFile;
    private final UndoAvailability fileUndo;

    /**
     * @param clock    names a moved edit's new migration when the folder uses timestamps
     * @param openFile opens a migration a repair created (a moved edit's new file), to be reviewed at once
     */
    public FileRepairViewModel(DriftViewModel drift, BackgroundExecutor executor, FileRepairJournal journal, Clock clock,
                               Consumer<Path> openFile) {
        this.drift = drift;
        this.workspace = drift.workspace();
        this.executor = executor;
        this.advice = new LatestAnswer(executor);
        this.journal = journal;
        this.clock = clock;
        this.openFile = openFile;
        restorable = Bindings.createBooleanBinding(() -> appliedTextOfDrifted().isPresent(),
                drift.diagnosisProperty(), drift.rowProperty());
        // Comments-only edits are cosmetic: the planner would refuse them as "nothing to move".
        movable = Bindings.createBooleanBinding(() -> appliedTextOfDrifted().isPresent()
                && drift.classificationProperty().get() == DriftClassification.SEMANTIC,
                drift.diagnosisProperty(), drift.rowProperty());
        ignoredCharsApplicable = Bindings.createBooleanBinding(() -> ignoredCrEffect.get() != null
                && !ignoredCrEffect.get().alreadyIgnored() && workspace.databaseProperty().get() != null,
                ignoredCrEffect, workspace.databaseProperty());
        drift.diagnosisProperty().addListener((observable, before, diagnosis) -> adviseOnLineEndings(diagnosis));
        adviseOnLineEndings(drift.diagnosisProperty().get());
        fileUndo = new UndoAvailability(workspace, executor,
                (project, database) -> journal.lastUndoable(project.directory()).isPresent());
    }

    /** True when a file repair of this project can be undone. */
    public ReadOnlyBooleanProperty fileUndoableProperty() {
        return fileUndo.availableProperty();
    }

    private Optional<AppliedText> appliedTextOfDrifted() {
        StatusRow row = drift.rowProperty().get();
        Diagnosis diagnosis = drift.diagnosisProperty().get();
        return row == null || diagnosis == null || row.status() != MigrationStatus.DRIFTED
                ? Optional.empty() : diagnosis.appliedText();
    }

    /** For line-endings drift, works out in the background what each cure would do. */
    private void adviseOnLineEndings(Diagnosis diagnosis) {
        advice.cancel();
        ignoredCrEffect.set(null);
        gitattributesPresent.set(false);
        lineEndingAdvice.set("");
        Project project = workspace.projectProperty().get();
        if (diagnosis == null || diagnosis.classification() != DriftClassification.LINE_ENDINGS || project == null) {
            return;
        }
        List<StatusRow> rows = List.copyOf(workspace.rows());
        advice.submit(() -> new Advice(LineEndingAdvice.ignoringCarriageReturns(rows,
                IgnoredChars.of(project.config().ignoredChars())),
                FileRepairs.addToGitattributes(project.directory()).isEmpty()), found -> {
                    ignoredCrEffect.set(found.effect());
                    gitattributesPresent.set(found.gitattributesPresent());
                    lineEndingAdvice.set(LineEndingAdvice.describeGitattributes(found.gitattributesPresent())
                            + "\n" + LineEndingAdvice.describe(found.effect()));
                }, failure -> workspace.log().error("cannot work out the line-ending advice: " + failure.getMessage()));
    }

    private record Advice(LineEndingAdvice.IgnoredCrEffect effect, boolean gitattributesPresent) {
    }

    /**
     * Plans writing the applied text back to the selected migration's file; refused (in the log)
     * unless its checksum is the ledger's.
     */
    public void prepareRestore(Consumer<PreparedFileRepair> ready) {
        StatusRow row = drift.rowProperty().get();
        Optional<AppliedText> applied = appliedTextOfDrifted();
        if (applied.isEmpty()) {
            return;
        }
        prepare(project -> FileRepair.ofFiles("restore " + row.migration().upFile().getFileName() + " to the applied "
                + "text", List.of(FileRepairs.restoreApplied(row, applied.get(), project.reader()))), ready);
    }

    /**
     * Plans putting the selected migration's file back to the applied text and its changed
     * statements into a new migration (named as {@code migrate add} would, with the project's defaults).
     */
    public void prepareMove(Consumer<PreparedFileRepair> ready) {
        StatusRow row = drift.rowProperty().get();
        Optional<AppliedText> applied = appliedTextOfDrifted();
        DatabaseUrl url = workspace.databaseProperty().get();
        if (applied.isEmpty() || url == null) {
            return;
        }
        prepare(project -> new MoveEditToNewMigration(new MigrationCreator(clock), Dialects.sqlDialect(url))
                .plan(row, applied.get(), project.reader(), project.readMigrations(),
                        project.config().defaultMigrationType(), project.config().defaultVersioning()), ready);
    }

    /** Plans appending {@code *.sql text eol=lf} to .gitattributes; says so if it is already there. */
    public void prepareGitattributes(Consumer<PreparedFileRepair> ready) {
        Project project = workspace.projectProperty().get();
        if (project == null) {
            return;
        }
        executor.submit(() -> FileRepairs.addToGitattributes(project.directory()), planned -> {
            if (planned.isPresent()) {
                ready.accept(new PreparedFileRepair(FileRepair.ofFiles(planned.get().description(),
                        List.of(planned.get())), project, null));
            } else {
                gitattributesPresent.set(true);
                workspace.log().info(".gitattributes already has \"" + FileRepairs.GITATTRIBUTES_LINE + "\"");
            }
        }, failure -> workspace.log().error(String.valueOf(failure.getMessage())));
    }

    /**
     * Plans {@code ignored-chars = ["\r"]} in sqlx.toml together with the re-stamp of every row
     * hashed with carriage returns, against the ledger as it is now.
     */
    public void prepareIgnoredChars(Consumer<PreparedFileRepair> ready) {
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        if (project == null || url == null) {
            return;
        }
        executor.submit(() -> {
            try (Connection connection = url.connect()) {
                FileRepair repair = IgnoreCarriageReturns.plan(project, url, connection, WorkspaceLoader.LOCK_TIMEOUT);
                return new PreparedFileRepair(repair, project, repair.touchesLedger() ? url : null);
            }
        }, ready, failure -> workspace.log().error(workspace.describe(failure)));
    }

    private void prepare(ProjectWork<FileRepair> plan, Consumer<PreparedFileRepair> ready) {
        Project project = workspace.projectProperty().get();
        if (project == null) {
            return;
        }
        executor.submit(() -> new PreparedFileRepair(plan.run(project), project, null), ready,
                failure -> workspace.log().error(workspace.describe(failure)));
    }

    @FunctionalInterface
    private interface ProjectWork<T> {
        T run(Project project) throws Exception;
    }

    /** Makes a confirmed repair (files, and rows in one transaction under the lock), journals it, logs and refreshes. */
    public void apply(PreparedFileRepair prepared) {
        if (prepared.database() != null && drift.switchedDatabase(prepared.database())) {
            return;
        }
        FileRepair repair = prepared.repair();
        String database = prepared.database() == null ? null : prepared.project().repairIdentity(prepared.database());
        run(repair.description(), prepared.project(), () -> {
            try (Connection connection = connect(prepared.database())) {
                repair.apply(connection);
            }
            try {
                return journal.record(prepared.project().directory(), database, repair);
            } catch (IOException e) {
                throw new IOException("the repair was made but could not be journalled, so \"Undo file repair\" "
                        + "cannot reverse it: " + e.getMessage(), e);
            }
        }, entry -> "done: " + repair.description() + "; journalled in " + entry.file()
                + "; \"Undo file repair\" reverses it", entry -> createdMigration(entry.edits()).ifPresent(openFile));
    }

    /** The up file of a migration the repair creates, if it creates one. */
    private static Optional<Path> createdMigration(List<FileEdit> edits) {
        return edits.stream().filter(edit -> edit.before().isEmpty()).map(FileEdit::file)
                .filter(file -> file.getFileName().toString().endsWith(".sql")
                        && !file.getFileName().toString().endsWith(".down.sql"))
                .findFirst();
    }

    /** Finds the newest file repair of this project not yet undone and hands it to {@code ready}; says so if none. */
    public void prepareUndo(Consumer<PreparedFileUndo> ready) {
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        if (project == null) {
            return;
        }
        executor.submit(() -> journal.lastUndoable(project.directory()).map(entry -> undoOf(entry, project, url)),
                found -> {
                    if (found.isPresent()) {
                        ready.accept(found.get());
                    } else {
                        workspace.log().info("no file repair of " + project.directory() + " to undo in "
                                + journal.folder());
                    }
                }, failure -> workspace.log().error(String.valueOf(failure.getMessage())));
    }

    private static PreparedFileUndo undoOf(FileRepairJournal.Entry entry, Project project, DatabaseUrl url) {
        if (entry.rows().isEmpty()) {
            return new PreparedFileUndo(entry, entry.repair(null, WorkspaceLoader.LOCK_TIMEOUT), null);
        }
        String database = entry.database().orElseThrow();
        if (url == null || !database.equals(project.repairIdentity(url))) {
            throw new IllegalStateException("the last file repair (" + entry.description() + ") also changed the "
                    + "ledger of " + database + "; connect to that database to undo it");
        }
        return new PreparedFileUndo(entry, entry.repair(project.migrator(url, WorkspaceLoader.LOCK_TIMEOUT).ledger(),
                WorkspaceLoader.LOCK_TIMEOUT), url);
    }

    /** Puts every file (and row) back as before the repair, marks the entry undone, logs and refreshes. */
    public void applyUndo(PreparedFileUndo undo) {
        if (undo.database() != null && drift.switchedDatabase(undo.database())) {
            return;
        }
        String description = "undo " + undo.repair().description();
        run(description, workspace.projectProperty().get(), () -> {
            try (Connection connection = connect(undo.database())) {
                undo.repair().undo(connection);
            }
            journal.markUndone(undo.entry());
            return undo.entry();
        }, entry -> "done: " + description + "; marked undone in " + entry.file(), entry -> { });
    }

    /**
     * One workspace action. A repair may have changed sqlx.toml, so the project is read again
     * before the refresh, and .gitattributes, so the line-ending advice is worked out again.
     */
    private void run(String description, Project project, Callable<FileRepairJournal.Entry> work,
                     Function<FileRepairJournal.Entry, String> done, Consumer<FileRepairJournal.Entry> afterwards) {
        workspace.startAction(description, () -> new Done(work.call(), project.reloaded()), result -> {
            workspace.reloaded(result.project());
            workspace.log().success(done.apply(result.entry()));
            afterwards.accept(result.entry());
            adviseOnLineEndings(drift.diagnosisProperty().get());
        });
    }

    private record Done(FileRepairJournal.Entry entry, Project project) {
    }

    private static Connection connect(DatabaseUrl database) throws SQLException {
        // A files-only repair needs no connection; try-with-resources accepts null.
        return database == null ? null : database.connect();
    }

    /** True when the applied text of the selected drifted migration is known, so it can be restored. */
    public BooleanBinding restorableProperty() {
        return restorable;
    }

    /** True when the selected migration's SQL changed after it was applied and the applied text is known. */
    public BooleanBinding movableProperty() {
        return movable;
    }

    /** True for line-endings drift while sqlx.toml does not ignore "\r" yet and a database is set. */
    public BooleanBinding ignoredCharsApplicableProperty() {
        return ignoredCharsApplicable;
    }

    /** For line-endings drift: what ignoring "\r" would do to every applied row's checksum; null otherwise. */
    public ReadOnlyObjectProperty<LineEndingAdvice.IgnoredCrEffect> ignoredCrEffectProperty() {
        return ignoredCrEffect;
    }

    /** For line-endings drift: whether .gitattributes already has the line. */
    public ReadOnlyBooleanProperty gitattributesPresentProperty() {
        return gitattributesPresent;
    }

    /** For line-endings drift: sentences on the .gitattributes line and ignored-chars; empty otherwise. */
    public ReadOnlyStringProperty lineEndingAdviceProperty() {
        return lineEndingAdvice;
    }

    public DriftViewModel drift() {
        return drift;
    }
}
