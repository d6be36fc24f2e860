package dev.driftless.ui.schema;

import dev.driftless.ui.schema.CompareDatabasesViewModel.LedgerPair;
import dev.driftless.ui.settings.NamedConnection;
import dev.driftless.ui.settings.Settings;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.function.Function;

/** "Compare with Another Database…": a URL or saved connection in, both ledgers side by side and the schema differences out. */
public final class CompareDatabasesDialog extends Dialog<Void> {
    /** A migration that stands differently on the two databases. */
    private static final PseudoClass DIFFERS = PseudoClass.getPseudoClass("differs");

    public CompareDatabasesDialog(WorkspaceViewModel workspace, BackgroundExecutor executor, Settings settings) {
        setTitle("Compare with another database");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(content(new CompareDatabasesViewModel(workspace, executor, settings)));
    }

    private static VBox content(CompareDatabasesViewModel model) {
        ComboBox<NamedConnection> saved = new ComboBox<>(model.savedConnections());
        saved.setId("compareSaved");
        saved.setPromptText("Saved connection");
        saved.setConverter(new StringConverter<>() {
            @Override
            public String toString(NamedConnection connection) {
                return connection == null ? "" : connection.name() + " (" + connection.url() + ")";
            }

            @Override
            public NamedConnection fromString(String text) {
                return null;
            }
        });
        saved.setDisable(model.savedConnections().isEmpty());
        saved.valueProperty().addListener((observable, before, connection) -> model.choose(connection));
        TextField url = new TextField();
        url.setId("compareUrl");
        url.setPromptText("postgres://user@host/db or sqlite://path");
        url.textProperty().bindBidirectional(model.otherUrlProperty());
        HBox.setHgrow(url, Priority.ALWAYS);
        PasswordField password = new PasswordField();
        password.setId("comparePassword");
        password.setPromptText("Password, if the URL has none");
        password.textProperty().bindBidirectional(model.passwordProperty());
        Button compare = new Button("Compare");
        compare.setId("compareRun");
        compare.setDefaultButton(true);
        compare.disableProperty().bind(model.runningProperty());
        compare.setOnAction(event -> model.compare());
        url.setOnAction(event -> model.compare());
        HBox input = new HBox(8, saved, url, password, compare);
        input.setAlignment(Pos.CENTER_LEFT);

        Label summary = new Label();
        summary.setId("compareSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        Label error = new Label();
        error.setId("compareError");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        TableView<LedgerPair> ledgers = new TableView<>(model.ledgers());
        ledgers.setId("compareLedgers");
        ledgers.setPlaceholder(new Label("Both ledgers show here, one row per migration."));
        ledgers.getColumns().add(column("Version", pair -> String.valueOf(pair.version()), 130));
        ledgers.getColumns().add(column("Description", LedgerPair::description, 200));
        ledgers.getColumns().add(column("This database", LedgerPair::here, 120));
        ledgers.getColumns().add(column("The other database", LedgerPair::there, 140));
        ledgers.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(LedgerPair pair, boolean empty) {
                super.updateItem(pair, empty);
                pseudoClassStateChanged(DIFFERS,
                        !empty && pair != null && pair.differs());
            }
        });
        ListView<String> differences = new ListView<>(model.differences());
        differences.setId("compareDifferences");
        differences.setPlaceholder(new Label("No schema differences to show."));
        differences.setPrefHeight(140);

        VBox content = new VBox(8, input, error, summary, new Label("Migrations on each database:"), ledgers,
                new Label("How the other database's schema differs:"), differences);
        VBox.setVgrow(ledgers, Priority.ALWAYS);
        content.setPrefSize(760, 560);
        return content;
    }

    private static TableColumn<LedgerPair, String> column(String title, Function<LedgerPair, String> value, double width) {
        TableColumn<LedgerPair, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
