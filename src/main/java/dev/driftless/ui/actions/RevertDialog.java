package dev.driftless.ui.actions;

import dev.driftless.core.schema.replay.ReversibilityReport;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/** "Revert": what will be reverted and its down SQL, shown before confirming. */
public final class RevertDialog extends Dialog<Void> {

    /**
     * @param openAt       opens a migration file at a 1-based line in the editor
     * @param knownVerdicts the latest reversibility checks, to warn about a down file known to be broken
     */
    public RevertDialog(WorkspaceViewModel workspace, BackgroundExecutor executor, BiConsumer<Path, Integer> openAt,
                        ObservableValue<ReversibilityReport> knownVerdicts) {
        setTitle("Revert migrations");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        RevertViewModel viewModel = new RevertViewModel(workspace, executor);
        viewModel.knownVerdictsProperty().bind(knownVerdicts);
        getDialogPane().setContent(new RevertView(viewModel, openAt));
    }
}
