package dev.driftless.ui.actions;

import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/** "Run migrations": the plan as a dry run, then progress; stays open to show how the run ended. */
public final class RunDialog extends Dialog<Void> {

    /** @param openAt opens a migration file at a 1-based line in the editor */
    public RunDialog(WorkspaceViewModel workspace, BackgroundExecutor executor, BiConsumer<Path, Integer> openAt) {
        setTitle("Run migrations");
        setResizable(true);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setContent(new RunView(new RunViewModel(workspace, executor), openAt));
    }
}
