package dev.driftless.ui.drift;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import dev.driftless.core.drift.AppliedText;
import dev.driftless.core.drift.CommitInfo;
import dev.driftless.core.drift.Diagnosis;
import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.drift.UnifiedDiff;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.repair.LedgerRepair;
import dev.driftless.core.repair.RepairJournal;
import dev.driftless.core.repair.RepairKind;
import dev.driftless.core.repair.RepairPlanner;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.DriftInspection;
import dev.driftless.project.Project;
import dev.driftless.ui.actions.DangerConfirmation;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.LatestAnswer;
import dev.driftless.ui.workspace.WorkspaceLoader;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The drift pane's state for the selected migration: when it is drifted, missing or failed, its
 * {@link Diagnosis} (computed in the background from the journal, git and reconstruction), the
 * texts to compare, and the ledger repair that fits it, with undo of the last repair.
 * Repairs run as workspace actions (one at a time, refreshed afterwards) and are journalled like
 * the command line's, so {@code driftless ledger undo} and this pane undo each other's repairs.
 */
public final class DriftViewModel {
    /** Marks where an inline change starts in a {@link SideBySideLine}'s text; the view highlights up to {@link #CHANGE_END}. */
    public static final char CHANGE_START = '\u0001';
    /** Marks where an inline change ends in a {@link SideBySideLine}'s text. */
    public static final char CHANGE_END = '\u0002';

    private static final DiffRowGenerator SIDE_BY_SIDE = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            // The default normalizer escapes HTML and expands tabs; these lines go into plain text nodes.
            .lineNormalizer(line -> line)
            .oldTag(start -> String.valueOf(start ? CHANGE_START : CHANGE_END))
            .newTag(start -> String.valueOf(start ? CHANGE_START : CHANGE_END))
            .build();

    /** One row of the side-by-side view: the applied line (left) and the current line (right). */
    public record SideBySideLine(DiffRow.Tag tag, String applied, String current) {
    }

    /** A repair ready to confirm, with the project and database it was planned on. */
    public record PreparedRepair(LedgerRepair repair, Project project, DatabaseUrl database) {
    }

    /** An undo ready to confirm: the journal entry, the repair rebuilt from it, and its database. */
    public record PreparedUndo(RepairJournal.Entry entry, LedgerRepair repair, DatabaseUrl database) {
    }

    private final WorkspaceViewModel workspace;
    private final BackgroundExecutor executor;
    private final Path journalRoot;
    private final RepairJournal repairs;
    private final DangerConfirmation confirmation;

    private final ObjectProperty<StatusRow> row = new SimpleObjectProperty<>();
    private final ObjectProperty<Diagnosis> diagnosis = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty sourceText = new SimpleStringProperty("");
    private final StringProperty sourceDetail = new SimpleStringProperty("");
    private final StringProperty explanation = new SimpleStringProperty("");
    private final StringProperty diff = new SimpleStringProperty("");
    private final StringProperty appliedText = new SimpleStringProperty("");
    private final StringProperty currentText = new SimpleStringProperty("");
    private final ObservableList<SideBySideLine> sideBySide = FXCollections.observableArrayList();
    private final ObjectBinding<DriftClassification> classification;
    private final ObjectBinding<RepairKind> repairKind;
    private final BooleanBinding needsAttention;
    /** The selected row's diagnosis: a late answer for an earlier selection is dropped. */
    private final LatestAnswer diagnoses;
    private final UndoAvailability ledgerUndo;

    /**
     * @param journalRoot where applied migration texts are journalled (the data folder's {@code journal})
     * @param repairs     the repair journal, shared with {@code driftless ledger undo}
     */
    public DriftViewModel(WorkspaceViewModel workspace, BackgroundExecutor executor, Path journalRoot,
                          RepairJournal repairs) {
        this.workspace = workspace;
        this.executor = executor;
        this.diagnoses = new LatestAnswer(executor);
        this.journalRoot = journalRoot;
        this.repairs = repairs;
        this.confirmation = new DangerConfirmation(workspace.databaseProperty());
        classification = Bindings.createObjectBinding(
                () -> diagnosis.get() == null ? null : diagnosis.get().classification(), diagnosis);
        needsAttention = Bindings.createBooleanBinding(
                () -> row.get() != null && row.get().status().needsAttention(), row);
        repairKind = Bindings.createObjectBinding(() -> row.get() == null || workspace.databaseProperty().get() == null
                ? null : RepairKind.fixing(row.get().status()).orElse(null), row, workspace.databaseProperty());
        workspace.selectedVersionProperty().addListener((observable, before, version) -> follow());
        workspace.rows().addListener((ListChangeListener<StatusRow>) change -> follow());
        follow();
        ledgerUndo = new UndoAvailability(workspace, executor, (project, database) -> database != null
                && repairs.lastUndoable(project.repairIdentity(database)).isPresent());
    }

    /** True when a ledger repair of this database can be undone. */
    public ReadOnlyBooleanProperty ledgerUndoableProperty() {
        return ledgerUndo.availableProperty();
    }

    /**
     * Where the applied text came from, said plainly: {@code journal}, {@code git <short id> by
     * <author> on <date>}, {@code reconstructed} or {@code unknown}.
     */
    public static String describeSource(Optional<AppliedText> applied) {
        return applied.map(text -> switch (text.origin()) {
            case JOURNAL -> "journal";
            case GIT -> describeCommit(text.commit().orElseThrow());
            case RECONSTRUCTED -> "reconstructed";
        }).orElse("unknown");
    }

    private static String describeCommit(CommitInfo commit) {
        String shortId = commit.id().length() > 7 ? commit.id().substring(0, 7) : commit.id();
        return "git " + shortId + " by " + commit.author() + " on " + commit.date().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Shows the selected row; diagnoses it again only when the row itself changed (status, checksum). */
    private void follow() {
        Long version = workspace.selectedVersionProperty().get();
        StatusRow selected = version == null ? null : workspace.row(version).orElse(null);
        if (Objects.equals(selected, row.get())) {
            return;
        }
        row.set(selected);
        diagnoses.cancel();
        clear();
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        if (selected == null || !selected.status().needsAttention() || project == null || url == null) {
            return;
        }
        loading.set(true);
        diagnoses.submit(() -> diagnose(project, url, selected), this::show, failure -> {
            loading.set(false);
            error.set("cannot diagnose migration " + selected.version() + ": " + url.scrub(
                    String.valueOf(failure.getMessage())));
        });
    }

    /** Blocking: git, the journal and the file. Runs in the background. */
    private Result diagnose(Project project, DatabaseUrl url, StatusRow selected) throws IOException {
        Diagnosis found;
        try (DriftInspection inspection = DriftInspection.open(project, url, journalRoot)) {
            found = inspection.diagnose(List.of(selected)).stream().findFirst().orElseThrow(
                    () -> new IOException("migration " + selected.version() + " needs no diagnosis"));
        }
        String current = selected.migration() == null ? ""
                // Raw bytes, not the reader's ignored-chars view: the comparison is with what is on disk.
                : new String(Files.readAllBytes(selected.migration().upFile()), StandardCharsets.UTF_8);
        String applied = found.appliedText().map(AppliedText::text).orElse("");
        List<SideBySideLine> lines = found.appliedText().isEmpty() ? List.of()
                : SIDE_BY_SIDE.generateDiffRows(UnifiedDiff.visibleLines(applied), UnifiedDiff.visibleLines(current))
                .stream().map(diffRow -> new SideBySideLine(diffRow.getTag(), diffRow.getOldLine(),
                        diffRow.getNewLine())).toList();
        return new Result(found, applied, current, lines);
    }

    private record Result(Diagnosis diagnosis, String applied, String current, List<SideBySideLine> lines) {
    }

    private void show(Result result) {
        loading.set(false);
        diagnosis.set(result.diagnosis());
        Optional<AppliedText> applied = result.diagnosis().appliedText();
        sourceText.set(describeSource(applied));
        sourceDetail.set(applied.map(AppliedText::originDetail).orElse(""));
        // Where the text was found is in the header, its long detail (a journal path) in its tooltip.
        explanation.set(result.diagnosis().meaning());
        diff.set(result.diagnosis().diff());
        appliedText.set(result.applied());
        currentText.set(result.current());
        sideBySide.setAll(result.lines());
    }

    private void clear() {
        loading.set(false);
        error.set(null);
        diagnosis.set(null);
        sourceText.set("");
        sourceDetail.set("");
        explanation.set("");
        diff.set("");
        appliedText.set("");
        currentText.set("");
        sideBySide.clear();
    }

    /**
     * Plans the repair that fits the selected row against the ledger as it is now (changing
     * nothing) and hands it to {@code ready} to be confirmed; problems go to the log.
     */
    public void prepareRepair(Consumer<PreparedRepair> ready) {
        RepairKind kind = repairKind.get();
        StatusRow selected = row.get();
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        if (kind == null || selected == null || project == null) {
            return;
        }
        executor.submit(() -> {
            try (Connection connection = url.connect()) {
                return new PreparedRepair(planner(project, url).plan(connection, project.readMigrations(), kind,
                        selected.version()), project, url);
            }
        }, ready, failure -> workspace.log().error(workspace.describe(failure)));
    }

    /** Makes a confirmed repair in one transaction under the lock, journals it, logs it and refreshes. */
    public void applyRepair(PreparedRepair prepared) {
        if (switchedDatabase(prepared.database())) {
            return;
        }
        LedgerRepair repair = prepared.repair();
        workspace.startAction(repair.description(), () -> {
            try (Connection connection = prepared.database().connect()) {
                repair.apply(connection);
            }
            return repairs.record(prepared.project().repairIdentity(prepared.database()), repair);
        }, entry -> workspace.log().success("done: " + repair.description() + "; journalled in " + entry.file()));
    }

    /** Finds the newest repair of this database not yet undone and hands it to {@code ready}; says so if none. */
    public void prepareUndo(Consumer<PreparedUndo> ready) {
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        if (project == null || url == null) {
            return;
        }
        executor.submit(() -> repairs.lastUndoable(project.repairIdentity(url))
                .map(entry -> new PreparedUndo(entry, planner(project, url).fromJournal(entry), url)), found -> {
                    if (found.isPresent()) {
                        ready.accept(found.get());
                    } else {
                        workspace.log().info("no ledger repair of " + url.masked() + " to undo in " + repairs.folder());
                    }
                }, failure -> workspace.log().error(String.valueOf(failure.getMessage())));
    }

    /** Puts the row back exactly as it was before the repair, marks the entry undone, logs and refreshes. */
    public void applyUndo(PreparedUndo undo) {
        if (switchedDatabase(undo.database())) {
            return;
        }
        String description = "undo " + undo.repair().description();
        workspace.startAction(description, () -> {
            try (Connection connection = undo.database().connect()) {
                undo.repair().undo(connection);
            }
            repairs.markUndone(undo.entry());
            return undo.entry();
        }, entry -> workspace.log().success("done: " + description + "; marked undone in " + entry.file()));
    }

    /** A repair is confirmed for the database it was planned on; if another was chosen meanwhile, it is dropped. */
    boolean switchedDatabase(DatabaseUrl plannedOn) {
        DatabaseUrl current = workspace.databaseProperty().get();
        // DatabaseUrl has no equals; the masked form names the same database (password aside).
        if (current != null && plannedOn.masked().equals(current.masked())) {
            return false;
        }
        workspace.log().warning("the database changed since the repair was prepared; nothing was changed");
        return true;
    }

    private static RepairPlanner planner(Project project, DatabaseUrl url) {
        return new RepairPlanner(project.migrator(url, WorkspaceLoader.LOCK_TIMEOUT), WorkspaceLoader.LOCK_TIMEOUT);
    }

    /** The selected row, or null. */
    public ReadOnlyObjectProperty<StatusRow> rowProperty() {
        return row;
    }

    /** True when the selected migration is drifted, missing or failed: the pane has something to say. */
    public BooleanBinding needsAttentionProperty() {
        return needsAttention;
    }

    /** The selected migration's diagnosis once computed; null while loading or when it needs none. */
    public ReadOnlyObjectProperty<Diagnosis> diagnosisProperty() {
        return diagnosis;
    }

    public ObjectBinding<DriftClassification> classificationProperty() {
        return classification;
    }

    /** Where the applied text came from, said plainly (see {@link #describeSource}); empty before a diagnosis. */
    public ReadOnlyStringProperty sourceProperty() {
        return sourceText;
    }

    /** Where exactly the applied text came from: the journal file, the commit and path, the change undone; may be empty. */
    public ReadOnlyStringProperty sourceDetailProperty() {
        return sourceDetail;
    }

    /** Sentences for people: what the change means (where the applied text came from: {@link #sourceDetailProperty()}). */
    public ReadOnlyStringProperty explanationProperty() {
        return explanation;
    }

    /** The unified diff from the applied text to the current file, invisible changes made visible; may be empty. */
    public ReadOnlyStringProperty diffProperty() {
        return diff;
    }

    /** The text the ledger's checksum was computed from; empty when it is not known. */
    public ReadOnlyStringProperty appliedTextProperty() {
        return appliedText;
    }

    /** The up file as it is on disk now; empty when it is missing. */
    public ReadOnlyStringProperty currentTextProperty() {
        return currentText;
    }

    /** The applied and the current text line by line, inline changes between the change markers. */
    public ObservableList<SideBySideLine> sideBySide() {
        return sideBySide;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** Why no diagnosis is shown although one was asked for, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** The repair that fits the selected row, or null (none fits, or no database). */
    public ObjectBinding<RepairKind> repairKindProperty() {
        return repairKind;
    }

    /** The guard that asks for the database name before a repair of a database on another machine. */
    public DangerConfirmation confirmation() {
        return confirmation;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }
}
