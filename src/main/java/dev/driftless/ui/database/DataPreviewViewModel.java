package dev.driftless.ui.database;

import dev.driftless.core.schema.ObjectKey;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.RelationPreview;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.LatestAnswer;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The Object pane's Data part: the first {@value #ROWS} rows of a table or view, read in the background, and
 * its exact row count on request. The running query can be cancelled (a view over a slow query); a newer
 * request drops the answer of an older one.
 */
public final class DataPreviewViewModel {
    /** How many rows are shown. */
    public static final int ROWS = 100;

    private final WorkspaceViewModel workspace;
    private final BackgroundExecutor executor;
    private final LatestAnswer reads;
    /** The preview whose query runs now, for Cancel (set and cleared by the background thread). */
    private final AtomicReference<RelationPreview> running = new AtomicReference<>();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    // One wrapper, held: a listener on a wrapper nobody keeps is lost with it (the wrapper listens weakly).
    private final ObservableList<String> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<List<PreviewCell>> rows = FXCollections.observableArrayList();
    // One wrapper, held: a listener on a wrapper nobody keeps is lost with it (the wrapper listens weakly).
    private final ObservableList<List<PreviewCell>> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private ObjectKey shown;
    /** What the rows shown are ("the first 100 rows"), which a count adds to. */
    private String rowsShown = "";

    public DataPreviewViewModel(WorkspaceViewModel workspace, BackgroundExecutor executor) {
        this.workspace = workspace;
        this.executor = executor;
        this.reads = new LatestAnswer(executor);
    }

    /** Shows the first rows of a table, view or materialized view; anything else has no data to show. */
    public void show(ObjectKey key) {
        if (key != null && key.equals(shown) && !busy.get()) {
            return;
        }
        shown = key;
        columns.clear();
        rows.clear();
        if (key == null || !key.kind().isRelation()) {
            reads.cancel();
            busy.set(false);
            status.set(key == null ? "" : "A " + key.kind().label() + " has no rows to show.");
            return;
        }
        status.set("reading the first " + ROWS + " rows…");
        query(preview -> preview.firstRows(key.schema(), key.name(), ROWS), read -> {
            columns.setAll(read.columns());
            rows.setAll(read.rows().stream().map(row -> row.stream().map(PreviewCell::of).toList()).toList());
            rowsShown = read.rows().isEmpty() ? "no rows" : read.more() ? "the first " + ROWS + " rows"
                    : read.rows().size() + (read.rows().size() == 1 ? " row" : " rows");
            status.set(rowsShown);
        });
    }

    /** Counts the rows of the object shown exactly ({@code count(*)}, which reads them all). */
    public void count() {
        ObjectKey key = shown;
        if (key == null || !key.kind().isRelation()) {
            return;
        }
        status.set("counting the rows…");
        query(preview -> preview.count(key.schema(), key.name()),
                count -> status.set(rowsShown + " · " + count + (count == 1 ? " row" : " rows") + " in all"));
    }

    /** Stops the running read or count; what it would have shown is dropped. */
    public void cancel() {
        reads.cancel();
        busy.set(false);
        status.set("cancelled");
        shown = null;
        RelationPreview preview = running.get();
        if (preview != null) {
            executor.submit(() -> {
                preview.cancel();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    private interface Query<T> {
        T ask(RelationPreview preview) throws Exception;
    }

    private <T> void query(Query<T> query, Consumer<T> onAnswer) {
        DatabaseUrl url = workspace.databaseProperty().get();
        if (url == null) {
            return;
        }
        busy.set(true);
        Callable<T> work = () -> {
            try (Connection connection = url.connect()) {
                RelationPreview preview = new RelationPreview(connection);
                running.set(preview);
                try {
                    return query.ask(preview);
                } finally {
                    running.compareAndSet(preview, null);
                }
            }
        };
        reads.submit(work, answer -> {
            busy.set(false);
            onAnswer.accept(answer);
        }, failure -> {
            busy.set(false);
            status.set("Cannot read the rows: " + url.scrub(String.valueOf(failure.getMessage())));
        });
    }

    /** The column names of the rows shown. */
    public ObservableList<String> columns() {
        return columnsView;
    }

    /** The rows shown, each a cell per column. */
    public ObservableList<List<PreviewCell>> rows() {
        return rowsView;
    }

    /** What the preview is doing or shows: "reading…", "the first 100 rows · 1234 rows in all", a failure. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while a read or count runs (Cancel is offered). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
