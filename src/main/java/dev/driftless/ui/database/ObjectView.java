package dev.driftless.ui.database;

import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.ui.SystemClipboard;
import dev.driftless.ui.editor.SqlEditorPane;
import dev.driftless.ui.task.BackgroundExecutor;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Function;

/**
 * The Object tab: the object selected in the Database view, as Structure (columns, indexes, constraints,
 * foreign keys whose referenced table is a link, triggers, row estimate), DDL (read-only, highlighted, with
 * Copy DDL) and Data (the first rows, a row count, Cancel). Above them: the drift findings about it and
 * "Which migrations made it?".
 */
public final class ObjectView extends BorderPane {
    private final ObjectDetailViewModel model;
    private final DataPreviewViewModel data;
    private final Label title = new Label();
    private final VBox structure = new VBox(8);
    private final SqlEditorPane ddl;
    private final TabPane tabs = new TabPane();
    private final Tab dataTab = new Tab("Data");
    private final TableView<List<PreviewCell>> dataTable = new TableView<>();

    public ObjectView(ObjectDetailViewModel model, DataPreviewViewModel data, DatabaseViewModel database,
                      BackgroundExecutor executor) {
        this.model = model;
        this.data = data;
        setId("objectView");
        ddl = new SqlEditorPane(SqlDialect.POSTGRESQL, executor);
        ddl.setId("objectDdl");
        ddl.setReadOnly(true);
        database.snapshotProperty().addListener((observable, before, snapshot) -> useDialectOf(snapshot));

        title.setId("objectTitle");
        title.getStyleClass().add("object-title");
        Label drift = new Label();
        drift.setId("objectDrift");
        drift.setWrapText(true);
        drift.getStyleClass().add("schema-drifted");
        model.driftMessages().addListener((ListChangeListener<String>) change ->
                drift.setText(String.join("\n", model.driftMessages())));
        drift.visibleProperty().bind(drift.textProperty().isNotEmpty());
        drift.managedProperty().bind(drift.visibleProperty());
        Hyperlink findHistory = new Hyperlink("Which migrations made it?");
        findHistory.setId("objectHistoryLink");
        findHistory.setOnAction(event -> model.findHistory());
        Label history = new Label();
        history.setId("objectHistory");
        history.textProperty().bind(model.historyProperty());
        HBox historyRow = new HBox(8, findHistory, history);
        historyRow.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(2, title, drift, historyRow);
        header.setPadding(new Insets(4, 8, 4, 8));

        ScrollPane structureScroll = new ScrollPane(structure);
        structureScroll.setFitToWidth(true);
        structure.setPadding(new Insets(6, 8, 6, 8));
        Button copy = new Button("Copy DDL");
        copy.setId("copyDdl");
        copy.setOnAction(event -> SystemClipboard.putText(ddl.codeArea().getText()));
        BorderPane ddlPane = new BorderPane(ddl);
        HBox ddlBar = new HBox(copy);
        ddlBar.setPadding(new Insets(4, 8, 4, 8));
        ddlPane.setTop(ddlBar);
        tabs.setId("objectTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab structureTab = new Tab("Structure", structureScroll);
        structureTab.setId("objectStructureTab");
        Tab ddlTab = new Tab("DDL", ddlPane);
        ddlTab.setId("objectDdlTab");
        dataTab.setId("objectDataTab");
        dataTab.setContent(dataPane());
        tabs.getTabs().addAll(structureTab, ddlTab, dataTab);
        dataTab.selectedProperty().addListener((observable, was, selected) -> showData());

        Label message = new Label();
        message.setId("objectMessage");
        message.textProperty().bind(model.messageProperty());
        message.setPadding(new Insets(8));
        model.detailProperty().addListener((observable, before, detail) -> showDetail(detail, header, message));
        showDetail(model.detailProperty().get(), header, message);
    }

    private void useDialectOf(SchemaSnapshot snapshot) {
        if (snapshot != null) {
            ddl.setDialect(snapshot.dialect());
        }
    }

    private void showDetail(ObjectDetail detail, Node header, Node message) {
        if (detail == null) {
            setTop(null);
            setCenter(message);
            data.show(null);
            return;
        }
        setTop(header);
        setCenter(tabs);
        title.setText(detail.key().toString());
        structure.getChildren().setAll(structureOf(detail));
        ddl.setContent(detail.ddl());
        showData();
    }

    private void showData() {
        if (dataTab.isSelected() && model.detailProperty().get() != null) {
            data.show(model.detailProperty().get().key());
        }
    }

    private List<Node> structureOf(ObjectDetail detail) {
        VBox parts = new VBox(8);
        if (!detail.columns().isEmpty()) {
            parts.getChildren().addAll(heading("Columns"), columnTable(detail.columns()));
        }
        section(parts, "Indexes", detail.indexes());
        section(parts, "Constraints", detail.constraints());
        if (!detail.foreignKeys().isEmpty()) {
            parts.getChildren().add(heading("Foreign keys"));
            for (ObjectDetail.ForeignKey key : detail.foreignKeys()) {
                HBox line = new HBox(6, new Label(key.line()));
                line.setAlignment(Pos.CENTER_LEFT);
                if (key.referenced() != null) {
                    Hyperlink open = new Hyperlink(key.referenced().qualifiedName());
                    open.getStyleClass().add("foreign-key-link");
                    open.setOnAction(event -> model.open(key.referenced()));
                    line.getChildren().add(open);
                }
                parts.getChildren().add(line);
            }
        }
        section(parts, "Triggers", detail.triggers());
        if (!detail.rowEstimate().isEmpty()) {
            Label estimate = new Label(detail.rowEstimate());
            estimate.setId("objectRowEstimate");
            parts.getChildren().addAll(heading("Rows"), estimate);
        }
        return List.of(parts);
    }

    private static void section(VBox parts, String heading, List<ObjectDetail.Part> items) {
        if (items.isEmpty()) {
            return;
        }
        parts.getChildren().add(heading(heading));
        for (ObjectDetail.Part item : items) {
            Label line = new Label(item.line());
            line.setWrapText(true);
            parts.getChildren().add(line);
        }
    }

    private static Label heading(String text) {
        Label heading = new Label(text);
        heading.getStyleClass().add("object-heading");
        return heading;
    }

    private static TableView<ObjectDetail.Column> columnTable(List<ObjectDetail.Column> columns) {
        TableView<ObjectDetail.Column> table = new TableView<>();
        table.setId("objectColumns");
        table.getColumns().add(textColumn("Name", ObjectDetail.Column::name));
        table.getColumns().add(textColumn("Type", ObjectDetail.Column::type));
        table.getColumns().add(textColumn("Nullable", column -> column.nullable() ? "yes" : "no"));
        table.getColumns().add(textColumn("Default", ObjectDetail.Column::defaultValue));
        table.getColumns().add(textColumn("Identity / generated", ObjectDetail.Column::generated));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getItems().setAll(columns);
        // Tall enough for every column (under the theme's header) without a scroll bar of its own: the tab scrolls.
        table.setFixedCellSize(26);
        table.prefHeightProperty().set(40 + 26 * Math.max(1, columns.size()) + 4);
        table.setMinHeight(Region.USE_PREF_SIZE);
        return table;
    }

    private static <T> TableColumn<T, String> textColumn(String name, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Node dataPane() {
        Label status = new Label();
        status.setId("dataStatus");
        status.textProperty().bind(data.statusProperty());
        Button count = new Button("Count rows");
        count.setId("countRows");
        count.setOnAction(event -> data.count());
        count.disableProperty().bind(data.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelPreview");
        cancel.setOnAction(event -> data.cancel());
        cancel.visibleProperty().bind(data.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox bar = new HBox(8, count, cancel, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        dataTable.setId("dataTable");
        dataTable.setItems(data.rows());
        Label empty = new Label();
        empty.textProperty().bind(data.statusProperty());
        dataTable.setPlaceholder(empty);
        data.columns().addListener((ListChangeListener<String>) change -> showColumns());
        VBox pane = new VBox(bar, dataTable);
        VBox.setVgrow(dataTable, Priority.ALWAYS);
        return pane;
    }

    private void showColumns() {
        dataTable.getColumns().clear();
        List<String> names = data.columns();
        for (int index = 0; index < names.size(); index++) {
            int at = index;
            TableColumn<List<PreviewCell>, PreviewCell> column = new TableColumn<>(names.get(index));
            column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().get(at)));
            column.setCellFactory(table -> new ValueCell());
            column.setPrefWidth(140);
            dataTable.getColumns().add(column);
        }
    }

    /** A value: NULL set apart, long text cut with the whole of it in the tooltip. */
    private static final class ValueCell extends TableCell<List<PreviewCell>, PreviewCell> {
        @Override
        protected void updateItem(PreviewCell cell, boolean empty) {
            super.updateItem(cell, empty);
            getStyleClass().remove("preview-null");
            if (empty || cell == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(cell.shown());
            setTooltip(cell.full() == null ? null : new Tooltip(cell.full()));
            if (cell.isNull()) {
                getStyleClass().add("preview-null");
            }
        }
    }
}
