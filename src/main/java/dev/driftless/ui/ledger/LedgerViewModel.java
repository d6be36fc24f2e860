package dev.driftless.ui.ledger;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.db.ConfigException;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger pane: the workspace's rows that have a ledger row (applied, drifted, missing,
 * failed), a status line, and the live {@link LedgerPoller} that refreshes the workspace when
 * another process changes the ledger. Status comes from the workspace's merged rows; nothing is
 * decided here.
 * <p>
 * The poller follows the workspace's project and database: it starts when both are set, restarts
 * when either changes and stops when either is cleared or on {@link #close()}.
 */
public final class LedgerViewModel {
    private final WorkspaceViewModel workspace;
    /**
     * Held on purpose: {@link WorkspaceViewModel#rows()} returns a new unmodifiable wrapper on each
     * call, which listens to the real list only weakly; a listener on an unreferenced wrapper stops
     * firing once the wrapper is collected.
     */
    private final ObservableList<StatusRow> workspaceRows;
    private final LedgerPoller poller;
    private final Clock clock;

    private final ObservableList<StatusRow> rows = FXCollections.observableArrayList();
    private final ObservableList<StatusRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyBooleanWrapper updatingRows = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper("");

    private final ListChangeListener<StatusRow> workspaceRowsListener = change -> updateRows();
    private final InvalidationListener restartPoller = observable -> restartPoller();
    private final InvalidationListener statusInputs = observable -> tick();
    private final List<Observable> statusSources;

    /**
     * @param poller a poller whose callback refreshes {@code workspace}; this view model starts and stops it
     */
    public LedgerViewModel(WorkspaceViewModel workspace, LedgerPoller poller, Clock clock) {
        this.workspace = workspace;
        this.workspaceRows = workspace.rows();
        this.poller = poller;
        this.clock = clock;
        statusSources = List.of(poller.stateProperty(), workspace.ledgerErrorProperty(),
                workspace.lastRefreshedProperty());

        workspaceRows.addListener(workspaceRowsListener);
        workspace.projectProperty().addListener(restartPoller);
        workspace.databaseProperty().addListener(restartPoller);
        statusSources.forEach(source -> source.addListener(statusInputs));
        updateRows();
        restartPoller();
        tick();
    }

    /** The ledger's rows in version order, updated in place so a table keeps its selection and scroll. */
    public ObservableList<StatusRow> rows() {
        return readOnlyRows;
    }

    /**
     * True while {@link #rows()} is being brought up to date: a table's selection may flicker in
     * between and should not be taken as the user's.
     */
    public ReadOnlyBooleanProperty updatingRowsProperty() {
        return updatingRows.getReadOnlyProperty();
    }

    /** The workspace's shared selection, which the tree and the ledger both follow. */
    public ObjectProperty<Long> selectedVersionProperty() {
        return workspace.selectedVersionProperty();
    }

    /** What the empty table says: that the ledger is empty only when it could be read. */
    public ObservableValue<String> emptyTextProperty() {
        return workspace.ledgerProblemProperty().map(problem -> "the ledger could not be read")
                .orElse("no migrations in the ledger");
    }

    /** "live · updated 3s ago", "database unreachable — retrying", or why there is no ledger. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public LedgerPoller poller() {
        return poller;
    }

    /** Index of the version in {@link #rows()}, or -1. */
    public int indexOf(long version) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).version() == version) {
                return i;
            }
        }
        return -1;
    }

    /** Recomputes the status line; the view calls it every second so "3s ago" keeps counting. */
    public void tick() {
        statusText.set(describeStatus());
    }

    /** Stops the poller and stops following the workspace; called when the window closes. */
    public void close() {
        workspaceRows.removeListener(workspaceRowsListener);
        workspace.projectProperty().removeListener(restartPoller);
        workspace.databaseProperty().removeListener(restartPoller);
        statusSources.forEach(source -> source.removeListener(statusInputs));
        poller.stop();
    }

    private String describeStatus() {
        Instant now = clock.instant();
        Instant lastPoll = poller.lastPoll();
        if (poller.stateProperty().get() == LedgerPoller.State.UNREACHABLE) {
            return "database unreachable — retrying" + (lastPoll == null ? "" : " · last seen " + LedgerFormat.ago(lastPoll, now));
        }
        String ledgerError = workspace.ledgerErrorProperty().get();
        if (ledgerError != null) {
            return ledgerError;
        }
        if (poller.stateProperty().get() == LedgerPoller.State.LIVE && lastPoll != null) {
            return "live · updated " + LedgerFormat.ago(lastPoll, now);
        }
        Instant refreshed = workspace.lastRefreshedProperty().get();
        return refreshed == null ? "" : "updated " + LedgerFormat.ago(refreshed, now);
    }

    private void restartPoller() {
        Project project = workspace.projectProperty().get();
        DatabaseUrl database = workspace.databaseProperty().get();
        if (project == null || database == null) {
            poller.stop();
            return;
        }
        try {
            poller.start(database, project.ledgerTable());
        } catch (ConfigException e) {
            poller.stop(); // a bad table-name in sqlx.toml: the workspace already reports it
        }
    }

    /**
     * Brings {@link #rows} to the workspace's ledger rows with as few changes as possible. Both
     * lists are in version order, so one merge pass finds what was removed, added or changed;
     * replacing the whole list instead would reset a table's selection and scroll position. A run of
     * rows that came, or went, is one change: a project's first 10,000 rows are one insert for the table.
     */
    private void updateRows() {
        List<StatusRow> wanted = workspaceRows.stream().filter(row -> row.applied() != null).toList();
        updatingRows.set(true);
        try {
            int index = 0; // rows before it are merged
            List<StatusRow> arriving = new ArrayList<>(); // new rows that go in at index, in order
            for (StatusRow row : wanted) {
                int next = index; // the first old row not older than this one
                while (next < rows.size() && rows.get(next).version() < row.version()) {
                    next++;
                }
                boolean kept = next < rows.size() && rows.get(next).version() == row.version();
                if (next == index && !kept) {
                    arriving.add(row);
                    continue;
                }
                int gone = next - index; // old rows older than this one are no longer in the ledger
                index = insert(index, arriving);
                if (gone > 0) {
                    rows.remove(index, index + gone);
                }
                if (kept) {
                    if (!rows.get(index).equals(row)) {
                        rows.set(index, row);
                    }
                    index++;
                } else {
                    arriving.add(row);
                }
            }
            index = insert(index, arriving);
            if (index < rows.size()) {
                rows.remove(index, rows.size());
            }
        } finally {
            updatingRows.set(false);
        }
    }

    /** Inserts the arriving rows at {@code index} as one change; returns the index after them. */
    private int insert(int index, List<StatusRow> arriving) {
        if (arriving.isEmpty()) {
            return index;
        }
        rows.addAll(index, arriving);
        int after = index + arriving.size();
        arriving.clear();
        return after;
    }
}
