package dev.driftless.ui.actions;

import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Add migration": opens with the focus in the description; Create is the default button (Enter) and
 * Cancel answers Escape. Closes once the files exist and hands them on (the window opens the first).
 */
public final class AddMigrationDialog extends Dialog<List<Path>> {

    public AddMigrationDialog(WorkspaceViewModel workspace, Clock clock, Consumer<List<Path>> created) {
        setTitle("Add migration");
        AddMigrationViewModel model = new AddMigrationViewModel(workspace, clock);
        AddMigrationView view = new AddMigrationView(model);
        getDialogPane().setContent(view);
        DialogButtons.acting(this, new ButtonType("Create", ButtonBar.ButtonData.OK_DONE), "addCreate",
                model.canCreateProperty(), () -> model.create(paths -> {
                    setResult(paths);
                    close();
                    created.accept(paths);
                }));
        getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        DialogButtons.focusWhenShown(this, view.lookup("#addDescription"));
    }
}
