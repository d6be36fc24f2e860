package dev.driftless.ui.connection;

import dev.driftless.ui.actions.DisabledWithReason;
import dev.driftless.ui.actions.OwnedDialogs;
import dev.driftless.ui.settings.NamedConnection;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.io.File;
import java.util.Optional;

/** The database line above the panes: URL (masked), a SQLite file chooser, and a local/remote badge. */
public final class ConnectionBar extends HBox {
    private static final double SWATCH_RADIUS = 5;
    private static final PseudoClass REMOTE = PseudoClass.getPseudoClass("remote");
    private static final PseudoClass DISCONNECTED = PseudoClass.getPseudoClass("disconnected");

    public ConnectionBar(ConnectionBarViewModel viewModel, SavedConnectionsViewModel saved) {
        getStyleClass().add("connection-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(6);
        setPadding(new Insets(4, 8, 4, 8));

        TextField url = new TextField();
        url.setId("connectionUrl");
        url.setPromptText("postgres://user@host/db or sqlite://file.db");
        url.textProperty().bindBidirectional(viewModel.urlTextProperty());
        url.setOnAction(event -> viewModel.connectTyped());
        HBox.setHgrow(url, Priority.ALWAYS);

        Button pick = new Button("SQLite file…", new FontIcon(MaterialDesignF.FOLDER_OPEN));
        pick.setId("pickSqliteFile");
        pick.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose a SQLite database");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("SQLite databases", "*.db",
                    "*.sqlite", "*.sqlite3"), new FileChooser.ExtensionFilter("All files", "*"));
            File chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                viewModel.useSqliteFile(chosen.toPath());
            }
        });

        Label badge = new Label();
        badge.setId("hostBadge");
        badge.textProperty().bind(viewModel.hostBadgeProperty());
        badge.getStyleClass().add("host-badge");
        viewModel.remoteProperty().addListener((observable, before, remote) -> badge.pseudoClassStateChanged(REMOTE, remote));
        badge.pseudoClassStateChanged(REMOTE, viewModel.remoteProperty().get());
        viewModel.connectedProperty().addListener((observable, before, connected) ->
                badge.pseudoClassStateChanged(DISCONNECTED, !connected));
        badge.pseudoClassStateChanged(DISCONNECTED, !viewModel.connectedProperty().get());

        Label error = new Label();
        error.setId("connectionError");
        error.getStyleClass().add("connection-error");
        error.textProperty().bind(viewModel.errorProperty());
        error.tooltipProperty().bind(Bindings.createObjectBinding(
                () -> viewModel.errorProperty().get().isEmpty() ? null : new Tooltip(viewModel.errorProperty().get()),
                viewModel.errorProperty()));

        ComboBox<NamedConnection> choices = savedConnections(saved);
        Button save = new Button("Save connection…", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("saveConnection");
        save.setTooltip(new Tooltip("Name this database (for example local or staging) to pick it again from the list; "
                + "its password is not stored"));
        save.setOnAction(event -> {
            TextInputDialog name = new TextInputDialog();
            name.setTitle("Save connection");
            name.setHeaderText("Name this database connection");
            name.setContentText("Name:");
            OwnedDialogs.showAndWait(name, getScene().getWindow()).ifPresent(saved::saveCurrentAs);
        });
        saved.activeProperty().addListener((observable, before, active) -> setStyle(active == null ? ""
                : "-fx-border-color: transparent transparent transparent " + active.colour() + "; -fx-border-width: 0 0 0 5;"));

        pick.setTooltip(new Tooltip("Choose a SQLite database file to connect to"));
        getChildren().addAll(new FontIcon(MaterialDesignD.DATABASE), choices, url,
                new DisabledWithReason(pick, viewModel.sqliteFileUnavailableProperty()),
                new DisabledWithReason(save, viewModel.saveUnavailableProperty()), badge, error);
    }

    private ComboBox<NamedConnection> savedConnections(SavedConnectionsViewModel saved) {
        ComboBox<NamedConnection> choices = new ComboBox<>(saved.connections());
        choices.setId("savedConnections");
        // An empty list says so and cannot be opened, rather than dropping down an empty box.
        choices.promptTextProperty().bind(Bindings.when(Bindings.isEmpty(saved.connections()))
                .then("No saved connections").otherwise("Saved connections"));
        choices.disableProperty().bind(Bindings.isEmpty(saved.connections()));
        choices.setTooltip(new Tooltip("Saved database connections; \"Save connection…\" adds the current one"));
        choices.setCellFactory(list -> new ConnectionCell());
        choices.setButtonCell(new ConnectionCell());
        saved.activeProperty().addListener((observable, before, active) -> choices.setValue(active));
        choices.setOnAction(event -> {
            NamedConnection chosen = choices.getValue();
            if (chosen == null || chosen.equals(saved.activeProperty().get())) {
                return;
            }
            if (!saved.needsPassword(chosen)) {
                saved.use(chosen, null);
                return;
            }
            askPassword(chosen).ifPresentOrElse(password -> saved.use(chosen, password),
                    () -> choices.setValue(saved.activeProperty().get()));
        });
        return choices;
    }

    private Optional<String> askPassword(NamedConnection connection) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setHeaderText("Password for " + connection.name() + " (" + connection.url() + ")");
        PasswordField password = new PasswordField();
        password.setId("connectionPassword");
        dialog.getDialogPane().setContent(password);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, ButtonType.OK);
        dialog.setResultConverter(button -> button == ButtonType.OK ? password.getText() : null);
        return OwnedDialogs.showAndWait(dialog, getScene().getWindow());
    }

    /** A connection's name beside a dot of its colour. */
    private static final class ConnectionCell extends ListCell<NamedConnection> {
        @Override
        protected void updateItem(NamedConnection connection, boolean empty) {
            super.updateItem(connection, empty);
            setText(empty || connection == null ? null : connection.name());
            setGraphic(empty || connection == null ? null : new Circle(SWATCH_RADIUS, Color.web(connection.colour())));
        }
    }
}
