package dev.driftless.ui.tree;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The migration tree's state: the workspace's rows filtered by the search field, and counts per status. */
public final class MigrationTreeViewModel {
    private final WorkspaceViewModel workspace;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<StatusRow> visibleRows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");

    public MigrationTreeViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        workspace.rows().addListener((ListChangeListener<StatusRow>) change -> update());
        filter.addListener((observable, before, after) -> update());
        update();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** Rows whose version or description contains the filter text (case-insensitive). */
    public ObservableList<StatusRow> visibleRows() {
        return visibleRows;
    }

    /** e.g. "12 applied · 1 pending · 1 drifted". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public Map<MigrationStatus, Long> countByStatus() {
        Map<MigrationStatus, Long> byStatus = new EnumMap<>(MigrationStatus.class);
        workspace.rows().forEach(row -> byStatus.merge(row.status(), 1L, Long::sum));
        return byStatus;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    private void update() {
        String needle = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        List<StatusRow> matching = workspace.rows().stream()
                .filter(row -> needle.isEmpty() || String.valueOf(row.version()).contains(needle)
                        || row.description().toLowerCase(Locale.ROOT).contains(needle))
                .toList();
        if (!visibleRows.equals(matching)) {
            visibleRows.setAll(matching);
        }
        long outOfOrder = workspace.rows().stream().filter(StatusRow::outOfOrder).count();
        String text = countByStatus().entrySet().stream()
                .map(entry -> entry.getValue() + " " + entry.getKey().label())
                .collect(Collectors.joining(" · "));
        counts.set(outOfOrder == 0 ? text : text + " · " + outOfOrder + " out of order");
    }
}
