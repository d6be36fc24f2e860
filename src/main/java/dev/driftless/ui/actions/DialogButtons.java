package dev.driftless.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.layout.Region;

/**
 * Buttons in a dialog's own button bar, which orders them as the platform does (by their ButtonData),
 * that act without closing the dialog: Run and Revert stay open to show progress and how it ended.
 */
final class DialogButtons {

    private DialogButtons() {
    }

    /** Adds {@code type} to the dialog's bar; clicking it (or Enter, for the default) runs {@code action}. */
    static Button acting(Dialog<?> dialog, ButtonType type, String id, ObservableBooleanValue enabled,
                         Runnable action) {
        dialog.getDialogPane().getButtonTypes().add(type);
        Button button = (Button) dialog.getDialogPane().lookupButton(type);
        button.setId(id);
        // Its own width, never cut to "Stop after curre..." to match the others.
        ButtonBar.setButtonUniformSize(button, false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(Bindings.not(enabled));
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog would otherwise close on any of its buttons
            action.run();
        });
        return button;
    }

    /** Puts the keyboard focus on {@code target} once the dialog is on screen. */
    static void focusWhenShown(Dialog<?> dialog, Node target) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> target.requestFocus());
    }
}
