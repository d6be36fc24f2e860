package dev.driftless.ui.actions;

import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/** "Revert": what will be reverted and its down SQL, shown before confirming. */
public final class RevertDialog extends Dialog<Void> {

    /** @param openAt opens a migration file at a 1-based line in the editor */
    public RevertDialog(WorkspaceViewModel workspace, BackgroundExecutor executor, BiConsumer<Path, Integer> openAt) {
        setTitle("Revert migrations");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(new RevertView(new RevertViewModel(workspace, executor), openAt));
    }
}
