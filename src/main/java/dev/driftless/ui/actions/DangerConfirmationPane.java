package dev.driftless.ui.actions;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The view of a {@link DangerConfirmation}: a warning and the field to type the database name into. */
public final class DangerConfirmationPane extends VBox {

    public DangerConfirmationPane(DangerConfirmation confirmation) {
        super(6);
        Label warning = new Label();
        warning.setWrapText(true);
        warning.getStyleClass().add(Styles.WARNING);
        warning.textProperty().bind(Bindings.createStringBinding(() -> confirmation.requiredProperty().get()
                ? confirmation.maskedDatabase() + " is not on this machine. Type the database name \""
                + confirmation.expectedName() + "\" to confirm." : "", confirmation.requiredProperty()));
        TextField name = new TextField();
        name.setId("confirmDatabaseName");
        name.setPromptText("database name");
        name.textProperty().bindBidirectional(confirmation.typedNameProperty());
        getChildren().addAll(warning, name);
        // Invisible and taking no room for local databases, where nothing needs typing.
        visibleProperty().bind(confirmation.requiredProperty());
        managedProperty().bind(confirmation.requiredProperty());
    }
}
