package dev.driftless.ui.actions;

import atlantafx.base.theme.Styles;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/** "Run migrations": the plan as a dry run, then progress; stays open to show how the run ended. */
public final class RunDialog extends MigrationActionDialog {

    /** @param openAt opens a migration file at a 1-based line in the editor */
    public RunDialog(WorkspaceViewModel workspace, BackgroundExecutor executor, BiConsumer<Path, Integer> openAt) {
        this(new RunViewModel(workspace, executor), openAt);
    }

    private RunDialog(RunViewModel model, BiConsumer<Path, Integer> openAt) {
        super("Run migrations", model, new RunView(model, openAt), "Run", "runConfirm");
        mainButton().setGraphic(new FontIcon(MaterialDesignP.PLAY));
        mainButton().getStyleClass().add(Styles.ACCENT);
        Button stop = DialogButtons.acting(this, new ButtonType("Stop after current migration",
                ButtonBar.ButtonData.LEFT), "runStop", model.canStopProperty(), model::requestStop);
        stop.setGraphic(new FontIcon(MaterialDesignS.STOP_CIRCLE_OUTLINE));
    }
}
