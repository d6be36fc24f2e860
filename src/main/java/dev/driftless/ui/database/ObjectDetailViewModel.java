package dev.driftless.ui.database;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.schema.replay.MigrationRef;
import dev.driftless.core.schema.replay.ObjectHistory;
import dev.driftless.core.schema.replay.SchemaHistory;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.project.SchemaChecks;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.LatestAnswer;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.function.BiFunction;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/**
 * The Object pane: the selected object of the Database view in detail, the drift findings about it, and, on
 * request, which migrations made it (the ledger's migrations replayed one at a time into a shadow; kept until
 * the ledger or the database changes).
 */
public final class ObjectDetailViewModel {
    private final DatabaseViewModel database;
    private final WorkspaceViewModel workspace;
    private final Path journalRoot;
    private final BiFunction<Project, DatabaseUrl, SchemaChecks> checks;
    private final LatestAnswer historyReads;
    private final ReadOnlyObjectWrapper<ObjectDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(
            "Select a table, view or other object in the Database tab.");
    private final ReadOnlyStringWrapper history = new ReadOnlyStringWrapper("");
    private final ObservableList<String> driftMessages = FXCollections.observableArrayList();
    // One wrapper, held: a listener on a wrapper nobody keeps is lost with it (the wrapper listens weakly).
    private final ObservableList<String> driftMessagesView = FXCollections.unmodifiableObservableList(driftMessages);
    private SchemaHistory knownHistory;
    private boolean findingHistory;

    /**
     * @param journalRoot the journal of applied texts, for migrations whose files changed since
     * @param checks      the schema checks of a project on a database (with the Schema tab's shadow database)
     */
    public ObjectDetailViewModel(DatabaseViewModel database, WorkspaceViewModel workspace, BackgroundExecutor executor,
                                 Path journalRoot, BiFunction<Project, DatabaseUrl, SchemaChecks> checks) {
        this.database = database;
        this.workspace = workspace;
        this.journalRoot = journalRoot;
        this.checks = checks;
        this.historyReads = new LatestAnswer(executor);
        database.selectedProperty().addListener((observable, before, key) -> update());
        database.snapshotProperty().addListener((observable, before, snapshot) -> update());
        database.driftReportProperty().addListener((observable, before, report) -> update());
        workspace.rows().addListener((ListChangeListener<StatusRow>) change -> forgetHistory());
        workspace.databaseProperty().addListener((observable, before, url) -> forgetHistory());
        update();
    }

    /** Finds which migration created the selected object and which last changed it, in the background. */
    public void findHistory() {
        if (knownHistory != null) {
            showHistory();
            return;
        }
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        if (project == null || url == null) {
            return;
        }
        SchemaChecks schemaChecks;
        try {
            schemaChecks = checks.apply(project, url);
        } catch (IllegalArgumentException badShadowUrl) {
            history.set("The shadow database URL in the Schema tab: " + badShadowUrl.getMessage());
            return;
        }
        findingHistory = true;
        history.set("finding…");
        historyReads.submit(() -> {
            try (Connection connection = url.connect()) {
                return schemaChecks.history(connection, project.readMigrations(), journalRoot);
            }
        }, found -> {
            findingHistory = false;
            knownHistory = found;
            showHistory();
        }, failure -> {
            findingHistory = false;
            history.set("Cannot tell which migrations made it: " + url.scrub(String.valueOf(failure.getMessage())));
        });
    }

    private void forgetHistory() {
        historyReads.cancel();
        findingHistory = false;
        knownHistory = null;
        history.set("");
    }

    private void update() {
        ObjectKey key = database.selectedProperty().get();
        SchemaSnapshot snapshot = database.snapshotProperty().get();
        driftMessages.setAll(key == null ? List.of() : database.driftMessages(key));
        if (key == null || snapshot == null) {
            detail.set(null);
            message.set("Select a table, view or other object in the Database tab.");
        } else {
            detail.set(snapshot.find(key).map(object -> ObjectDetail.of(snapshot, object)).orElse(null));
            message.set(detail.get() == null ? key + " is no longer in the database." : null);
        }
        if (knownHistory != null) {
            showHistory();
        } else if (!findingHistory) {
            history.set("");
        }
    }

    private void showHistory() {
        ObjectKey key = database.selectedProperty().get();
        SchemaSnapshot snapshot = database.snapshotProperty().get();
        history.set(key == null || snapshot == null ? "" : historyText(knownHistory, snapshot, key));
    }

    /**
     * "Created by 2 create orders; last changed by 3 add status to orders", or that no migration made it. A
     * table, view or materialized view is changed by what changes its columns, constraints, indexes or triggers.
     */
    static String historyText(SchemaHistory schemaHistory, SchemaSnapshot snapshot, ObjectKey key) {
        ObjectHistory own = schemaHistory.of(key);
        if (own.created().isEmpty() && own.changed().isEmpty()) {
            return "No applied migration made it: it was made another way (by hand, or by a migration since edited).";
        }
        Optional<MigrationRef> lastChange = own.changed();
        Optional<SchemaObject> object = snapshot.find(key);
        if (object.isPresent()) {
            for (ObjectKind kind : List.of(ObjectKind.COLUMN, ObjectKind.CONSTRAINT, ObjectKind.INDEX, ObjectKind.TRIGGER)) {
                for (SchemaObject child : snapshot.children(object.get(), kind)) {
                    ObjectHistory childHistory = schemaHistory.of(child.key());
                    lastChange = later(later(lastChange, childHistory.created()), childHistory.changed());
                }
            }
        }
        StringBuilder text = new StringBuilder();
        own.created().ifPresent(migration -> text.append("Created by ").append(migration));
        Optional<MigrationRef> created = own.created();
        lastChange.filter(migration -> !created.equals(Optional.of(migration)))
                .ifPresent(migration -> text.append(text.isEmpty() ? "Changed by " : "; last changed by ").append(migration));
        return text.append('.').toString();
    }

    private static Optional<MigrationRef> later(Optional<MigrationRef> one, Optional<MigrationRef> other) {
        if (one.isEmpty()) {
            return other;
        }
        return other.filter(migration -> migration.version() > one.get().version()).or(() -> one);
    }

    /** The selected object's detail; null when nothing is selected or it is gone. */
    public ReadOnlyObjectProperty<ObjectDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Why no detail is shown; null when one is. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Which migrations made the object: empty until asked, "finding…" meanwhile. */
    public ReadOnlyStringProperty historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** The latest schema drift check's findings about the selected object. */
    public ObservableList<String> driftMessages() {
        return driftMessagesView;
    }

    /** Selects a referenced table (a foreign key's link). */
    public void open(ObjectKey key) {
        database.select(key);
    }
}
