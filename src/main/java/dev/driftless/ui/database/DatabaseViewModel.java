package dev.driftless.ui.database;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.schema.replay.DriftFinding;
import dev.driftless.core.schema.replay.DriftReport;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.project.Project;
import dev.driftless.ui.schema.SchemaDriftState;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.LatestAnswer;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.sql.Connection;
import java.util.List;

/**
 * The Database view: the open database's schema as a tree of schemas, groups and objects, read in the
 * background the first time the view is shown and again whenever the ledger moves (a run or revert from the
 * window, another process applying something) or the database changes. A re-read keeps the filter and the
 * selection (by key); only the newest read counts. A database that cannot be read says so, with its message:
 * it never looks empty.
 */
public final class DatabaseViewModel {
    /** What the view has to show. */
    public enum State {
        /** The project has no database. */
        NO_DATABASE,
        /** The first read of this database is under way. */
        READING,
        /** The database could not be read; {@link #messageProperty()} says why. */
        UNREADABLE,
        /** Read, and there is nothing in it yet. */
        EMPTY,
        /** Read: the tree shows it. */
        READY
    }

    private final WorkspaceViewModel workspace;
    private final SchemaDriftState drift;
    private final LatestAnswer reads;
    private final Runnable showDatabase;
    private final Runnable showObject;
    private final ReadOnlyObjectWrapper<SchemaSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NO_DATABASE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private final ObservableList<SchemaTreeNode> tree = FXCollections.observableArrayList();
    // One wrapper, held: a listener on a wrapper nobody keeps is lost with it (the wrapper listens weakly).
    private final ObservableList<SchemaTreeNode> treeView = FXCollections.unmodifiableObservableList(tree);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ObjectKey> selected = new SimpleObjectProperty<>();
    private boolean shown;

    /**
     * @param showDatabase brings the Database view forward (an object to reveal)
     * @param showObject   brings the object's details forward (an object was selected)
     */
    public DatabaseViewModel(WorkspaceViewModel workspace, SchemaDriftState drift, BackgroundExecutor executor,
                             Runnable showDatabase, Runnable showObject) {
        this.workspace = workspace;
        this.drift = drift;
        this.reads = new LatestAnswer(executor);
        this.showDatabase = showDatabase;
        this.showObject = showObject;
        // The rows change when the ledger does: after a run or revert here, or another process's.
        workspace.rows().addListener((ListChangeListener<StatusRow>) change -> reloadIfShown());
        workspace.databaseProperty().addListener((observable, before, database) -> databaseChanged());
        workspace.projectProperty().addListener((observable, before, project) -> databaseChanged());
        filter.addListener((observable, before, text) -> rebuildTree());
        drift.objectToRevealProperty().addListener((observable, before, key) -> reveal(key));
    }

    /** The view is on screen: the first time, the schema is read. */
    public void show() {
        if (!shown) {
            shown = true;
            reload();
        }
    }

    /** Reads the schema again in the background; the tree, filter and selection stay until the answer. */
    public void reload() {
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        if (project == null || url == null) {
            reads.cancel();
            reading.set(false);
            show(State.NO_DATABASE, null);
            return;
        }
        reading.set(true);
        if (snapshot.get() == null) {
            setState(State.READING, "reading the schema…");
        }
        reads.submit(() -> {
            try (Connection connection = url.connect()) {
                return Dialects.schemaReader(url).read(connection, project.ledgerTable());
            }
        }, read -> {
            reading.set(false);
            show(SchemaTree.isEmpty(read) ? State.EMPTY : State.READY, read);
        }, failure -> {
            reading.set(false);
            show(State.UNREADABLE, null);
            message.set("Cannot read the schema of " + url.masked() + ": " + url.scrub(String.valueOf(failure.getMessage())));
        });
    }

    /** Selects an object (the tree's selection), bringing its details forward. */
    public void select(ObjectKey key) {
        selected.set(key);
        if (key != null) {
            showObject.run();
        }
    }

    /** The messages of the latest schema drift check's findings about the object (or its columns, indexes...). */
    public List<String> driftMessages(ObjectKey key) {
        return drift.findingsAbout(key).stream().map(DriftFinding::message).toList();
    }

    private void reveal(ObjectKey key) {
        if (key == null) {
            return;
        }
        showDatabase.run();
        show();
        select(key);
        drift.objectToRevealProperty().set(null);
    }

    private void reloadIfShown() {
        if (shown) {
            reload();
        }
    }

    private void databaseChanged() {
        reads.cancel();
        snapshot.set(null);
        selected.set(null);
        reloadIfShown();
    }

    private void show(State shownState, SchemaSnapshot read) {
        snapshot.set(read);
        setState(shownState, switch (shownState) {
            case NO_DATABASE -> "No database is set for this project.";
            case EMPTY -> "no tables yet";
            default -> null;
        });
        rebuildTree();
    }

    private void setState(State shownState, String text) {
        state.set(shownState);
        message.set(text);
    }

    private void rebuildTree() {
        SchemaSnapshot read = snapshot.get();
        List<SchemaTreeNode> nodes = read == null ? List.of() : SchemaTree.of(read, filter.get());
        if (!tree.equals(nodes)) {
            tree.setAll(nodes);
        }
    }

    /** The latest read of the schema; null before one succeeded, and while another database's is read. */
    public ReadOnlyObjectProperty<SchemaSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why there is no tree to show (reading, unreadable, empty, no database); null when there is one. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while a read is under way (also a re-read behind a tree already shown). */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** The tree's top entries: schemas, then Extensions; filtered. */
    public ObservableList<SchemaTreeNode> tree() {
        return treeView;
    }

    /** Keeps the objects whose name contains this text (ignoring case), and their schemas and groups. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The selected object's key; kept across re-reads. */
    public ReadOnlyObjectProperty<ObjectKey> selectedProperty() {
        return selected;
    }

    /** The latest schema drift check, whose findings mark the objects they name. */
    public ReadOnlyObjectProperty<DriftReport> driftReportProperty() {
        return drift.reportProperty();
    }
}
