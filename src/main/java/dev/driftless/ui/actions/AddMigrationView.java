package dev.driftless.ui.actions;

import atlantafx.base.theme.Styles;
import dev.driftless.ui.CodeFont;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The add dialog's content, bound to an {@link AddMigrationViewModel}; usable in any window or test stage. */
public final class AddMigrationView extends VBox {

    /** @param created receives the created files, up file first, once they are written */
    public AddMigrationView(AddMigrationViewModel model, Consumer<List<Path>> created) {
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
        validation.textProperty().bind(model.validationProperty());
        Button create = new Button("Create");
        create.setId("addCreate");
        create.setDefaultButton(true);
        create.disableProperty().bind(model.canCreateProperty().not());
        create.setOnAction(event -> model.create(created));
        getChildren().addAll(new Label("Description"), description, reversible, sequential,
                new Label("Will create:"), preview, validation, create);
        setPrefWidth(480);
    }
}
