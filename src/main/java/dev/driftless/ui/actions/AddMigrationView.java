package dev.driftless.ui.actions;

import atlantafx.base.theme.Styles;
import dev.driftless.ui.CodeFont;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.util.stream.Collectors;

/** The add dialog's content, bound to an {@link AddMigrationViewModel}; its Create button is the dialog's. */
public final class AddMigrationView extends VBox {

    public AddMigrationView(AddMigrationViewModel model) {
        super(10);
        TextField description = new TextField();
        description.setId("addDescription");
        description.setPromptText("create users");
        description.textProperty().bindBidirectional(model.descriptionProperty());
        CheckBox reversible = new CheckBox("Reversible (an up and a down file)");
        reversible.setId("addReversible");
        reversible.selectedProperty().bindBidirectional(model.reversibleProperty());
        CheckBox sequential = new CheckBox("Sequential version (instead of a timestamp)");
        sequential.setId("addSequential");
        sequential.selectedProperty().bindBidirectional(model.sequentialProperty());
        Label preview = new Label();
        preview.setId("addPreview");
        preview.getStyleClass().add(CodeFont.STYLE_CLASS);
        // The folder and the name are what tell a person where the file lands; the full path is noise.
        preview.textProperty().bind(Bindings.createStringBinding(() -> model.preview().stream()
                .map(path -> path.getParent().getFileName() + "/" + path.getFileName())
                .collect(Collectors.joining("\n")), model.preview()));
        Label validation = new Label();
        validation.setId("addValidation");
        validation.setWrapText(true);
        validation.getStyleClass().add(Styles.DANGER);
        validation.textProperty().bind(model.shownValidationProperty());
        validation.visibleProperty().bind(model.shownValidationProperty().isNotNull());
        validation.managedProperty().bind(validation.visibleProperty());
        getChildren().addAll(new Label("Description"), description, reversible, sequential,
                new Label("Will create:"), preview, validation);
        setPrefWidth(480);
    }
}
