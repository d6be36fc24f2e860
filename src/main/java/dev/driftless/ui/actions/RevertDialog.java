package dev.driftless.ui.actions;

import atlantafx.base.theme.Styles;
import dev.driftless.core.schema.replay.ReversibilityReport;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.value.ObservableValue;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/** "Revert": what will be reverted and its down SQL, shown before confirming. */
public final class RevertDialog extends MigrationActionDialog {

    /**
     * @param openAt        opens a migration file at a 1-based line in the editor
     * @param knownVerdicts the latest reversibility checks, to warn about a down file known to be broken
     */
    public RevertDialog(WorkspaceViewModel workspace, BackgroundExecutor executor, BiConsumer<Path, Integer> openAt,
                        ObservableValue<ReversibilityReport> knownVerdicts) {
        this(new RevertViewModel(workspace, executor), openAt, knownVerdicts);
    }

    private RevertDialog(RevertViewModel model, BiConsumer<Path, Integer> openAt,
                         ObservableValue<ReversibilityReport> knownVerdicts) {
        super("Revert migrations", model, new RevertView(model, openAt), "Revert", "revertConfirm");
        model.knownVerdictsProperty().bind(knownVerdicts);
        mainButton().setGraphic(new FontIcon(MaterialDesignU.UNDO));
        mainButton().getStyleClass().add(Styles.DANGER);
    }
}
