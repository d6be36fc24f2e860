package dev.driftless.ui.ledger;

import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Checksum;
import dev.driftless.ui.ItemStyleClasses;
import dev.driftless.ui.SystemClipboard;
import dev.driftless.ui.drift.DriftBadge;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * The ledger pane: a status line ({@code #ledgerStatus}) over a table of the ledger joined with
 * the files ({@code #ledgerTable}), one row per ledger row, coloured by status; a drifted row's
 * status has the kind of change after it as a badge ({@code .drift-kind-badge}). A row's context
 * menu copies its full checksum ({@code #ledgerCopyChecksum}) and, when it needs attention, offers "Show what changed"
 * ({@code #ledgerShowDrift}). Its selection and the workspace's selected version follow each
 * other. Closing the window stops the live poller.
 */
public final class LedgerView extends VBox {
    private static final String STYLESHEET = LedgerView.class.getResource("ledger.css").toExternalForm();

    private final LedgerViewModel viewModel;
    private final TableView<StatusRow> table;
    private final Label status = new Label();
    private final SecondTicker ticker;
    private final EventHandler<WindowEvent> windowHidden = this::closeWithWindow;
    private final LongConsumer showDiagnosis;
    private Map<Long, DriftClassification> badges = Map.of();
    /** Set while the table's selection is moved to follow the workspace, so it is not echoed back. */
    private boolean followingWorkspace;

    /** @param showDiagnosis called with a version when a person asks what changed in it */
    public LedgerView(LedgerViewModel viewModel, LongConsumer showDiagnosis) {
        this.viewModel = viewModel;
        this.showDiagnosis = showDiagnosis;
        getStyleClass().add("ledger-view");
        getStylesheets().add(STYLESHEET);

        status.setId("ledgerStatus");
        status.getStyleClass().add("ledger-status");
        status.textProperty().bind(viewModel.statusTextProperty());
        Tooltip errorTip = new Tooltip();
        errorTip.textProperty().bind(viewModel.poller().lastErrorProperty());
        status.tooltipProperty().bind(viewModel.poller().lastErrorProperty().map(error -> errorTip));
        ItemStyleClasses statusStyle = new ItemStyleClasses(status);
        viewModel.poller().stateProperty().subscribe(state -> statusStyle.set(List.of(statusStyleClass(state))));

        table = new TableView<>(viewModel.rows());
        table.setId("ledgerTable");
        Label empty = new Label();
        empty.setId("ledgerEmpty");
        empty.textProperty().bind(viewModel.emptyTextProperty());
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("Version", StatusRow::version),
                column("Description", StatusRow::description),
                column("Installed on", row -> LedgerFormat.installedOn(row.applied().installedOn(), ZoneId.systemDefault())),
                column("Success", row -> row.applied().success() ? "yes" : "no"),
                column("Execution time", row -> LedgerFormat.executionTime(row.applied().executionTimeNanos())),
                checksumColumn(),
                statusColumn()));
        table.setRowFactory(view -> new LedgerRow());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(status, table);

        followSelection();

        // The line says "updated 3s ago": it has to move on even while nothing else happens.
        ticker = new SecondTicker(viewModel::tick);
        sceneProperty().flatMap(Scene::windowProperty).addListener((observable, old, window) -> moveToWindow(old, window));
    }

    /**
     * Shows, after each drifted row's status, the kind of change once it is known (e.g.
     * "line-endings"), from a map kept up to date in the background.
     */
    public void showBadges(ObservableMap<Long, DriftClassification> classifications) {
        badges = classifications;
        classifications.addListener((MapChangeListener<Long, DriftClassification>) change -> table.refresh());
        table.refresh();
    }

    private void followSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((observable, old, selected) -> {
            if (!followingWorkspace && !viewModel.updatingRowsProperty().get()) {
                viewModel.selectedVersionProperty().set(selected == null ? null : selected.version());
            }
        });
        viewModel.selectedVersionProperty().subscribe(this::selectVersion);
        // While rows are replaced the table's selection may jump; put it back where the workspace says.
        viewModel.updatingRowsProperty().subscribe(updating -> {
            if (!updating) {
                selectVersion(viewModel.selectedVersionProperty().get());
            }
        });
    }

    private void selectVersion(Long version) {
        int index = version == null ? -1 : viewModel.indexOf(version);
        StatusRow selected = table.getSelectionModel().getSelectedItem();
        if (index >= 0 && selected != null && selected.version() == version
                && table.getSelectionModel().getSelectedIndex() == index) {
            return; // already there: no scrolling under the user's hands
        }
        followingWorkspace = true;
        try {
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
                table.scrollTo(index);
            }
        } finally {
            followingWorkspace = false;
        }
    }

    private void moveToWindow(Window old, Window window) {
        if (old != null) {
            old.removeEventHandler(WindowEvent.WINDOW_HIDDEN, windowHidden);
        }
        if (window == null) {
            ticker.stop();
            return;
        }
        ticker.play();
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, windowHidden);
    }

    private void closeWithWindow(WindowEvent event) {
        // Tooltips and menus are windows too, and their WINDOW_HIDDEN bubbles up to the stage.
        if (event.getTarget() == event.getSource()) {
            ticker.stop();
            viewModel.close();
        }
    }

    private static <T> TableColumn<StatusRow, T> column(String title, Function<StatusRow, T> value) {
        TableColumn<StatusRow, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        // Sorting would reorder the view model's list, which must stay in version order to be updated in place.
        column.setSortable(false);
        return column;
    }

    private static TableColumn<StatusRow, Checksum> checksumColumn() {
        TableColumn<StatusRow, Checksum> column = column("Checksum", row -> row.applied().checksum());
        column.setCellFactory(view -> new TableCell<>() {
            // One per cell, its text changed: a new tooltip (a popup control) per update slowed scrolling.
            private final Tooltip fullHex = new Tooltip();

            @Override
            protected void updateItem(Checksum checksum, boolean empty) {
                super.updateItem(checksum, empty);
                if (empty || checksum == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(checksum.shortHex());
                    fullHex.setText(checksum.hex());
                    setTooltip(fullHex);
                }
            }
        });
        column.getStyleClass().add("ledger-checksum");
        return column;
    }

    private TableColumn<StatusRow, StatusRow> statusColumn() {
        TableColumn<StatusRow, StatusRow> column = column("Status", row -> row);
        column.setCellFactory(view -> new TableCell<>() {
            {
                setContentDisplay(ContentDisplay.RIGHT); // the badge after the status
            }

            @Override
            protected void updateItem(StatusRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : row.status().label());
                setGraphic(empty || row == null ? null : DriftBadge.forRow(row, badges).orElse(null));
            }
        });
        return column;
    }

    static String rowStyleClass(MigrationStatus status) {
        return "ledger-row-" + status.name().toLowerCase(Locale.ROOT);
    }

    private static String statusStyleClass(LedgerPoller.State state) {
        return "ledger-status-" + state.name().toLowerCase(Locale.ROOT);
    }

    /** A table row with its status's style class and a menu: "Copy checksum", "Show what changed". */
    private final class LedgerRow extends TableRow<StatusRow> {
        private final ContextMenu menu = new ContextMenu();
        private final MenuItem showWhatChanged = new MenuItem("Show what changed");
        private final ItemStyleClasses statusStyle = new ItemStyleClasses(this);

        LedgerRow() {
            MenuItem copyChecksum = new MenuItem("Copy checksum");
            copyChecksum.setId("ledgerCopyChecksum");
            copyChecksum.setOnAction(event -> SystemClipboard.putText(getItem().applied().checksum().hex()));
            showWhatChanged.setId("ledgerShowDrift");
            showWhatChanged.setOnAction(event -> showDiagnosis.accept(getItem().version()));
            menu.getItems().addAll(copyChecksum, showWhatChanged);
        }

        @Override
        protected void updateItem(StatusRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                statusStyle.set(List.of());
                setContextMenu(null);
                return;
            }
            statusStyle.set(Stream.concat(Stream.of(rowStyleClass(row.status())),
                    DriftBadge.rowSeverity(row, badges).stream()).toList());
            showWhatChanged.setVisible(row.status().needsAttention());
            setContextMenu(menu);
        }
    }
}
