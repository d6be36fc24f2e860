package dev.driftless.ui.schema;

import dev.driftless.ui.ItemStyleClasses;
import dev.driftless.ui.schema.SchemaCheckLine.Kind;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The Schema tab: the latest check's headline (or its progress and Cancel), then one line per difference,
 * iconed and tagged by kind, with "Show in Database" and "Open migration" for the selected line.
 */
public final class SchemaCheckView extends VBox {
    private final SchemaCheckViewModel viewModel;
    private final ListView<SchemaCheckLine> list = new ListView<>();
    private final Consumer<Path> openFile;

    /** @param openFile opens a migration's up file in the editor */
    public SchemaCheckView(SchemaCheckViewModel viewModel, Consumer<Path> openFile) {
        this.viewModel = viewModel;
        this.openFile = openFile;
        getStyleClass().add("schema-check");
        setSpacing(6);
        setPadding(new Insets(6));

        Label headline = new Label();
        headline.setId("schemaHeadline");
        headline.setWrapText(true);
        headline.textProperty().bind(viewModel.headlineProperty());
        ItemStyleClasses outcomeStyle = new ItemStyleClasses(headline);
        outcomeStyle.set(List.of("schema-none"));
        viewModel.outcomeProperty().addListener((observable, before, outcome) -> outcomeStyle.set(List.of(
                "schema-" + outcome.name().toLowerCase(Locale.ROOT))));
        headline.visibleProperty().bind(viewModel.runningProperty().not());
        headline.managedProperty().bind(headline.visibleProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(14, 14);
        Label progress = new Label();
        progress.setId("schemaProgress");
        progress.setGraphic(spinner);
        progress.textProperty().bind(viewModel.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("schemaCancel");
        cancel.setOnAction(event -> viewModel.cancel());
        HBox running = new HBox(8, progress, cancel);
        running.setAlignment(Pos.CENTER_LEFT);
        running.visibleProperty().bind(viewModel.runningProperty());
        running.managedProperty().bind(running.visibleProperty());

        list.setId("schemaLines");
        list.setItems(viewModel.lines());
        list.setCellFactory(view -> new LineCell());
        list.setPlaceholder(new Label("Nothing to list."));
        list.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                openMigration(list.getSelectionModel().getSelectedItem());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        // Why Check Schema is greyed out (a disabled button shows no tooltip).
        Label unavailable = new Label();
        unavailable.setId("schemaUnavailable");
        unavailable.textProperty().bind(viewModel.unavailableReasonProperty().map(reason -> "Check Schema: " + reason));
        unavailable.visibleProperty().bind(viewModel.unavailableReasonProperty().isNotNull()
                .and(viewModel.runningProperty().not()));
        unavailable.managedProperty().bind(unavailable.visibleProperty());

        getChildren().addAll(new HBox(8, headline), unavailable, running, actions(), list);
    }

    private HBox actions() {
        Button showInDatabase = new Button("Show in Database", new FontIcon(MaterialDesignD.DATABASE_SEARCH));
        showInDatabase.setId("schemaShowInDatabase");
        showInDatabase.disableProperty().bind(Bindings.createBooleanBinding(() -> !canShowInDatabase(
                list.getSelectionModel().getSelectedItem()), list.getSelectionModel().selectedItemProperty()));
        showInDatabase.setOnAction(event -> viewModel.showInDatabase(list.getSelectionModel().getSelectedItem()));
        Button openMigration = new Button("Open migration", new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        openMigration.setId("schemaOpenMigration");
        openMigration.disableProperty().bind(Bindings.createBooleanBinding(() -> viewModel.migrationFile(
                list.getSelectionModel().getSelectedItem()).isEmpty(), list.getSelectionModel().selectedItemProperty()));
        openMigration.setOnAction(event -> openMigration(list.getSelectionModel().getSelectedItem()));

        Label filter = new Label();
        filter.setId("schemaFilter");
        filter.textProperty().bind(viewModel.migrationFilterProperty().map(migration -> "Only " + migration)
                .orElse(""));
        Button showAll = new Button("Show all");
        showAll.setId("schemaShowAll");
        showAll.setOnAction(event -> viewModel.showOnly(null));
        HBox filtered = new HBox(6, filter, showAll);
        filtered.setAlignment(Pos.CENTER_LEFT);
        filtered.visibleProperty().bind(viewModel.migrationFilterProperty().isNotNull());
        filtered.managedProperty().bind(filtered.visibleProperty());

        TextField shadowUrl = new TextField();
        shadowUrl.setId("schemaShadowUrl");
        shadowUrl.setPromptText("Shadow database (PostgreSQL, optional)");
        shadowUrl.setTooltip(new Tooltip("A database Driftless may empty and replay into, for a role that may not "
                + "create databases; every object in it is dropped. Empty: a temporary database is made and dropped."));
        shadowUrl.textProperty().bindBidirectional(viewModel.shadowUrlProperty());
        shadowUrl.setPrefColumnCount(24);

        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(8, showInDatabase, openMigration, filtered, gap, shadowUrl);
        actions.setAlignment(Pos.CENTER_LEFT);
        return actions;
    }

    private static boolean canShowInDatabase(SchemaCheckLine line) {
        return line != null && line.object() != null;
    }

    private void openMigration(SchemaCheckLine line) {
        viewModel.migrationFile(line).ifPresent(openFile);
    }

    /** The icon of each kind of line. */
    private static Ikon icon(Kind kind) {
        return switch (kind) {
            case ONLY_IN_DATABASE -> MaterialDesignP.PLUS_CIRCLE_OUTLINE;
            case MISSING_FROM_DATABASE -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
            case DIFFERS -> MaterialDesignS.SWAP_HORIZONTAL;
            case REPLAYED -> MaterialDesignH.HISTORY;
            case NOT_REPLAYED -> MaterialDesignA.ALERT_OUTLINE;
            case REVERSIBLE -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case NOT_REVERSIBLE -> MaterialDesignC.CLOSE_CIRCLE_OUTLINE;
            case NOT_CHECKED -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
        };
    }

    /** Icon, kind tag and sentence; the actions in a context menu too. */
    private final class LineCell extends ListCell<SchemaCheckLine> {
        private final FontIcon icon = new FontIcon();
        private final Label tag = new Label();
        private final HBox graphic = new HBox(6, icon, tag);
        private final ItemStyleClasses styles = new ItemStyleClasses(this);
        private final ContextMenu menu = new ContextMenu();

        LineCell() {
            graphic.setAlignment(Pos.CENTER_LEFT);
            tag.getStyleClass().add("schema-kind");
            MenuItem show = new MenuItem("Show in Database");
            show.setOnAction(event -> viewModel.showInDatabase(getItem()));
            MenuItem open = new MenuItem("Open migration");
            open.setOnAction(event -> openMigration(getItem()));
            menu.getItems().addAll(show, open);
            menu.setOnShowing(event -> {
                show.setDisable(!canShowInDatabase(getItem()));
                open.setDisable(viewModel.migrationFile(getItem()).isEmpty());
            });
        }

        @Override
        protected void updateItem(SchemaCheckLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setText(null);
                setGraphic(null);
                setContextMenu(null);
                styles.set(List.of());
                return;
            }
            icon.setIconCode(icon(line.kind()));
            tag.setText(line.kind().words());
            setGraphic(graphic);
            setText(line.text());
            setContextMenu(menu);
            styles.set(List.of("schema-" + line.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        }
    }
}
