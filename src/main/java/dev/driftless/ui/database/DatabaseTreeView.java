package dev.driftless.ui.database;

import dev.driftless.core.schema.ObjectKey;
import dev.driftless.ui.ItemStyleClasses;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * The Database side tab: a filter field over the schema's tree (schemas, groups, objects). Objects that the
 * latest schema drift check names are marked, with its findings in their tooltip.
 */
public final class DatabaseTreeView extends VBox {
    private final DatabaseViewModel model;
    private final TreeView<SchemaTreeNode> tree = new TreeView<>(new TreeItem<>());
    /** Set while the tree is rebuilt from the view model, whose selection then stays as it is. */
    private boolean rebuilding;

    public DatabaseTreeView(DatabaseViewModel model) {
        this.model = model;
        setId("databaseView");
        TextField filter = new TextField();
        filter.setId("databaseFilter");
        filter.setPromptText("Filter by name");
        filter.textProperty().bindBidirectional(model.filterProperty());

        Label message = new Label();
        message.setId("databaseMessage");
        message.setWrapText(true);
        message.textProperty().bind(Bindings.createStringBinding(() -> model.messageProperty().get() != null
                ? model.messageProperty().get() : model.tree().isEmpty() && model.snapshotProperty().get() != null
                ? "nothing is named like “" + model.filterProperty().get().strip() + "”" : null,
                model.messageProperty(), model.tree(), model.snapshotProperty(), model.filterProperty()));
        message.visibleProperty().bind(message.textProperty().isNotNull());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add("database-message");

        tree.setId("databaseTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new ObjectCell());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, item) -> {
            if (!rebuilding && item != null && item.getValue().isObject()) {
                model.select(item.getValue().key());
            }
        });
        model.tree().addListener((ListChangeListener<SchemaTreeNode>) change -> rebuild());
        model.selectedProperty().addListener((observable, before, key) -> selectInTree(key));
        model.driftReportProperty().addListener((observable, before, report) -> tree.refresh());
        setVgrow(tree, Priority.ALWAYS);
        setSpacing(4);
        setPadding(new Insets(4));
        getChildren().addAll(filter, message, tree);
        rebuild();
    }

    private void rebuild() {
        rebuilding = true;
        try {
            tree.getRoot().getChildren().setAll(model.tree().stream().map(DatabaseTreeView::item).toList());
            selectInTree(model.selectedProperty().get());
        } finally {
            rebuilding = false;
        }
    }

    private static TreeItem<SchemaTreeNode> item(SchemaTreeNode node) {
        TreeItem<SchemaTreeNode> item = new TreeItem<>(node);
        item.getChildren().setAll(node.children().stream().map(DatabaseTreeView::item).toList());
        item.setExpanded(!node.isObject());
        return item;
    }

    private void selectInTree(ObjectKey key) {
        TreeItem<SchemaTreeNode> found = key == null ? null : find(tree.getRoot(), key);
        if (found == null) {
            return;
        }
        boolean wasRebuilding = rebuilding;
        rebuilding = true;
        try {
            tree.getSelectionModel().select(found);
            int row = tree.getRow(found);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        } finally {
            rebuilding = wasRebuilding;
        }
    }

    private static TreeItem<SchemaTreeNode> find(TreeItem<SchemaTreeNode> item, ObjectKey key) {
        if (item.getValue() != null && key.equals(item.getValue().key())) {
            return item;
        }
        for (TreeItem<SchemaTreeNode> child : item.getChildren()) {
            TreeItem<SchemaTreeNode> found = find(child, key);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** An entry: bold groups and schemas, objects marked when a drift finding names them. */
    private final class ObjectCell extends TreeCell<SchemaTreeNode> {
        private final ItemStyleClasses classes = new ItemStyleClasses(this);

        @Override
        protected void updateItem(SchemaTreeNode node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setText(null);
                setTooltip(null);
                classes.set(List.of());
                return;
            }
            setText(node.label());
            List<String> findings = node.isObject() ? model.driftMessages(node.key()) : List.of();
            setTooltip(findings.isEmpty() ? null : new Tooltip(String.join("\n", findings)));
            classes.set(!node.isObject() ? List.of("schema-group") : findings.isEmpty() ? List.of()
                    : List.of("schema-drifted"));
        }
    }
}
