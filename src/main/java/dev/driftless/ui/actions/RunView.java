package dev.driftless.ui.actions;

import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/** The run dialog's content, bound to a {@link RunViewModel}; its buttons are the dialog's ({@link RunDialog}). */
public final class RunView extends VBox {

    /** @param openAt opens a migration file at a 1-based line in the editor */
    public RunView(RunViewModel model, BiConsumer<Path, Integer> openAt) {
        super(10);
        getChildren().addAll(
                ActionViewParts.targetDatabase(model, "runDatabase"),
                ActionViewParts.targetRow(model, "Apply", "runTarget", "all pending"),
                ActionViewParts.header(model, "Dry run - nothing has run yet. These migrations will be applied, in order:"),
                ActionViewParts.stepList(model, "runSteps",
                        "Nothing to run: every migration in the folder is applied"),
                ActionViewParts.planError(model, "runPlanError"),
                ActionViewParts.failure(model, "runError", openAt),
                new DangerConfirmationPane(model.confirmation()));
        setPrefWidth(560);
    }

}
