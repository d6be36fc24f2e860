package dev.driftless.ui.actions;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.DialogPane;
import javafx.stage.Screen;

/**
 * What the run and revert dialogs share: their content, the main action as the default button of the
 * dialog's own button bar (ordered as the platform orders it) next to Close (Escape), and the focus on
 * the main action when it opens, or on the database name when that must be typed first; it grows
 * when an error appears.
 */
abstract class MigrationActionDialog extends Dialog<Void> {
    private final Button main;

    MigrationActionDialog(String title, MigrationActionViewModel model, Node content, String mainLabel,
                          String mainId) {
        setTitle(title);
        setResizable(true);
        getDialogPane().setContent(content);
        main = DialogButtons.acting(this, new ButtonType(mainLabel, ButtonBar.ButtonData.OK_DONE), mainId,
                model.canConfirmProperty(), model::confirm);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        addEventHandler(DialogEvent.DIALOG_SHOWN, event -> focusFirst(model));
        // The error appears below the plan: the dialog grows to show it rather than cut it off.
        model.errorMessageProperty().addListener((observable, old, message) -> Platform.runLater(this::growToContent));
    }

    private void growToContent() {
        if (!isShowing()) {
            return;
        }
        DialogPane pane = getDialogPane();
        double decorations = getHeight() - pane.getScene().getHeight();
        double wanted = pane.prefHeight(pane.getWidth()) + decorations;
        double room = Screen.getScreensForRectangle(getX(), getY(), getWidth(), getHeight()).stream()
                .mapToDouble(screen -> screen.getVisualBounds().getMaxY()).max().orElse(wanted + getY()) - getY();
        if (wanted > getHeight()) {
            setHeight(Math.min(wanted, room));
        }
    }

    /** The button that runs the action. */
    final Button mainButton() {
        return main;
    }

    private void focusFirst(MigrationActionViewModel model) {
        Node name = getDialogPane().lookup("#confirmDatabaseName");
        if (model.confirmation().requiredProperty().get() && name != null) {
            name.requestFocus();
        } else if (!main.isDisabled()) {
            main.requestFocus();
        } else {
            getDialogPane().lookupButton(ButtonType.CLOSE).requestFocus();
        }
    }
}
