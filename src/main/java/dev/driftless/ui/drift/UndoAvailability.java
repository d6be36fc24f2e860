package dev.driftless.ui.drift;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.LatestAnswer;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.io.IOException;

/**
 * Whether a repair journal holds something to undo, so the undo button can be disabled with a reason instead
 * of answering "nothing to undo" after a click. Asked off the FX thread again whenever the answer may have
 * changed: another project or database, the end of an action (a repair or an undo), or a ledger changed from
 * elsewhere (the command line shares the journals).
 */
final class UndoAvailability {

    /** Looks in a journal; the database is null when none is set. */
    @FunctionalInterface
    interface Lookup {
        boolean hasUndoable(Project project, DatabaseUrl database) throws IOException;
    }

    private final WorkspaceViewModel workspace;
    // Kept in a field: the workspace hands out a wrapper that listens to its rows only weakly.
    private final ObservableList<StatusRow> rows;
    private final LatestAnswer reads;
    private final Lookup lookup;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper();

    UndoAvailability(WorkspaceViewModel workspace, BackgroundExecutor executor, Lookup lookup) {
        this.workspace = workspace;
        this.reads = new LatestAnswer(executor);
        this.lookup = lookup;
        this.rows = workspace.rows();
        workspace.projectProperty().addListener((observable, before, project) -> refresh());
        workspace.databaseProperty().addListener((observable, before, database) -> refresh());
        workspace.busyProperty().addListener((observable, before, busy) -> {
            if (!busy) {
                refresh();
            }
        });
        rows.addListener((ListChangeListener<StatusRow>) change -> refresh());
        refresh();
    }

    private void refresh() {
        Project project = workspace.projectProperty().get();
        DatabaseUrl database = workspace.databaseProperty().get();
        if (project == null) {
            reads.cancel();
            available.set(false);
            return;
        }
        // An unreadable journal offers nothing to undo; the click would report why.
        reads.submit(() -> lookup.hasUndoable(project, database), available::set, failure -> available.set(false));
    }

    /** True when the journal holds a repair of this project (or database) not yet undone. */
    ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }
}
