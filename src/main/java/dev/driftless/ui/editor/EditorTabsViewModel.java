package dev.driftless.ui.editor;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Migration;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.RunFailure;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The open files and which one is selected. Opening a file that is already open selects its tab;
 * status rows (from the workspace refresh) are matched to open files by path to keep banners current.
 */
public final class EditorTabsViewModel {
    private final BackgroundExecutor executor;
    /** Where large texts are highlighted into documents, one after the other. */
    private final BackgroundExecutor loading;
    private final ZoneId zone;
    private final ObjectProperty<SqlDialect> dialect = new SimpleObjectProperty<>(SqlDialect.POSTGRESQL);
    private final ObservableList<EditorViewModel> documents = FXCollections.observableArrayList();
    private final ObjectProperty<EditorViewModel> selected = new SimpleObjectProperty<>();
    /** The latest statuses, so a file opened without its row still gets its banner. */
    private List<StatusRow> rows = List.of();
    private final List<BiConsumer<EditorViewModel, TabRequest>> tabRequests = new ArrayList<>();
    /** The latest failed runs, so a file opened afterwards still gets its mark. */
    private Map<Long, RunFailure> runFailures = Map.of();

    public EditorTabsViewModel(BackgroundExecutor executor, ZoneId zone) {
        this.executor = executor;
        this.loading = executor.lane("sql-editor-load");
        this.zone = zone;
    }

    /** The SQL dialect the editors highlight: the project database's (PostgreSQL when there is none). */
    public ObjectProperty<SqlDialect> dialectProperty() {
        return dialect;
    }

    /** Where the editors build the highlighted document of a large text, off the FX thread and in order. */
    public BackgroundExecutor loading() {
        return loading;
    }

    /**
     * Opens a file (or selects it if already open) and loads it.
     *
     * @param row the status of the file's migration, or null to look it up in the latest statuses
     */
    public EditorViewModel open(Path file, StatusRow row) {
        Path normalized = normalize(file);
        Optional<EditorViewModel> open = find(normalized);
        EditorViewModel document;
        if (open.isPresent()) {
            document = open.get();
            if (row != null) {
                document.setStatus(row);
            }
        } else {
            document = new EditorViewModel(normalized, row != null ? row : rowFor(normalized), executor, zone);
            showRunFailure(document);
            documents.add(document);
            document.load();
        }
        selected.set(document);
        return document;
    }

    /** Opens a file (or selects it) and shows a 1-based line, e.g. where a statement failed. */
    public EditorViewModel openAt(Path file, int line) {
        EditorViewModel document = open(file, null);
        document.revealLine(line);
        return document;
    }

    /** Saves the selected file, if any. */
    public void saveCurrent() {
        EditorViewModel current = selected.get();
        if (current != null && current.isDirty()) {
            current.save(() -> { });
        }
    }

    /** What a menu asks of the selected tab that only its view can do. */
    public enum TabRequest {
        /** Close it, asking first when it has unsaved edits. */
        CLOSE,
        /** Open its find bar. */
        FIND,
        /** Open its find bar with the replace row. */
        REPLACE
    }

    /** Asks the view to do something with the selected tab (nothing happens without one). */
    public void requestOfSelected(TabRequest request) {
        EditorViewModel current = selected.get();
        if (current != null) {
            tabRequests.forEach(listener -> listener.accept(current, request));
        }
    }

    /** The view carries out {@link #requestOfSelected} requests. */
    public void onTabRequest(BiConsumer<EditorViewModel, TabRequest> listener) {
        tabRequests.add(listener);
    }

    /** Closes a file's tab without asking; the view asks first when it has unsaved edits. */
    public void close(EditorViewModel document) {
        int index = documents.indexOf(document);
        documents.remove(document);
        if (selected.get() == document) {
            selected.set(documents.isEmpty() ? null : documents.get(Math.min(index, documents.size() - 1)));
        }
    }

    /** Whether the selected file is one of a migration's (its up or its down file). */
    public boolean showsVersion(long version) {
        EditorViewModel current = selected.get();
        return current != null && current.statusProperty().get() != null
                && current.statusProperty().get().version() == version;
    }

    public boolean hasUnsavedChanges() {
        return documents.stream().anyMatch(EditorViewModel::isDirty);
    }

    /** New statuses after a refresh: every open file's banner follows its migration's row. */
    public void updateStatus(List<StatusRow> statusRows) {
        rows = List.copyOf(statusRows);
        documents.forEach(document -> document.setStatus(rowFor(document.path())));
    }

    /** Marks the open files whose migration's last run failed (by version), and unmarks the others. */
    public void updateRunFailures(Map<Long, RunFailure> failures) {
        runFailures = Map.copyOf(failures);
        documents.forEach(this::showRunFailure);
    }

    private void showRunFailure(EditorViewModel document) {
        StatusRow row = document.statusProperty().get();
        document.setRunFailure(row == null ? null : runFailures.get(row.version()));
    }

    /** Re-reads every open file, e.g. when the window regains focus after editing elsewhere. */
    public void reloadChangedFiles() {
        documents.forEach(EditorViewModel::reloadIfUnchanged);
    }

    public ObservableList<EditorViewModel> documents() {
        return documents;
    }

    public ObjectProperty<EditorViewModel> selectedProperty() {
        return selected;
    }

    private Optional<EditorViewModel> find(Path file) {
        return documents.stream().filter(document -> document.path().equals(file)).findFirst();
    }

    private StatusRow rowFor(Path file) {
        return rows.stream().filter(row -> belongsTo(file, row.migration())).findFirst().orElse(null);
    }

    private static boolean belongsTo(Path file, Migration migration) {
        return migration != null && (file.equals(normalize(migration.upFile()))
                || migration.downFile() != null && file.equals(normalize(migration.downFile())));
    }

    private static Path normalize(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
