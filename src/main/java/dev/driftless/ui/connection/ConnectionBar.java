package dev.driftless.ui.connection;

import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

import java.io.File;

/** The database line above the panes: URL (masked), a SQLite file chooser, and a local/remote badge. */
public final class ConnectionBar extends HBox {
    private static final PseudoClass REMOTE = PseudoClass.getPseudoClass("remote");
    private static final PseudoClass DISCONNECTED = PseudoClass.getPseudoClass("disconnected");

    public ConnectionBar(ConnectionBarViewModel viewModel) {
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

        getChildren().addAll(new FontIcon(MaterialDesignD.DATABASE), url, pick, badge, error);
    }
}
