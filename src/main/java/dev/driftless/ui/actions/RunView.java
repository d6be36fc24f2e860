package dev.driftless.ui.actions;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/** The run dialog's content, bound to a {@link RunViewModel}; usable in any window or test stage. */
public final class RunView extends VBox {

    /** @param openAt opens a migration file at a 1-based line in the editor */
    public RunView(RunViewModel model, BiConsumer<Path, Integer> openAt) {
        super(10);
        Button run = new Button("Run", new FontIcon(MaterialDesignP.PLAY));
        run.setId("runConfirm");
        run.getStyleClass().add(Styles.ACCENT);
        run.setDefaultButton(true);
        run.disableProperty().bind(model.canConfirmProperty().not());
        run.setOnAction(event -> model.confirm());
        Button stop = new Button("Stop after current migration", new FontIcon(MaterialDesignS.STOP_CIRCLE_OUTLINE));
        stop.setId("runStop");
        stop.disableProperty().bind(model.canStopProperty().not());
        stop.setOnAction(event -> model.requestStop());
        getChildren().addAll(
                new HBox(8, new Label("Apply"), ActionViewParts.targetChooser(model, "runTarget", "all pending")),
                ActionViewParts.header(model, "Dry run - nothing has run yet. These migrations will be applied, in order:"),
                ActionViewParts.stepList(model, "runSteps"),
                ActionViewParts.planError(model, "runPlanError"),
                ActionViewParts.failure(model, "runError", openAt),
                new DangerConfirmationPane(model.confirmation()),
                new HBox(8, run, stop));
        setPrefWidth(560);
    }
}
