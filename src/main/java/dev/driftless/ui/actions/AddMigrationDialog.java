package dev.driftless.ui.actions;

import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/** "Add migration": closes once the files exist and hands them on (the window opens the first in the editor). */
public final class AddMigrationDialog extends Dialog<List<Path>> {

    public AddMigrationDialog(WorkspaceViewModel workspace, Clock clock, Consumer<List<Path>> created) {
        setTitle("Add migration");
        getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        getDialogPane().setContent(new AddMigrationView(new AddMigrationViewModel(workspace, clock), paths -> {
            setResult(paths);
            close();
            created.accept(paths);
        }));
    }
}
