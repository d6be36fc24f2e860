package dev.driftless.ui.actions;

import javafx.geometry.Insets;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Shows the window's dialogs over their owner: owned (so they stay in front of it and close with it),
 * at least as tall as their content (a wrapped text is never clipped), with room around the content,
 * and centred on the owner, so no
 * dialog opens on another part of the screen or half off the window.
 */
public final class OwnedDialogs {
    private static final Insets CONTENT_PADDING = new Insets(14, 18, 6, 18);

    private OwnedDialogs() {
    }

    /** Shows the dialog without waiting for it. */
    public static void show(Dialog<?> dialog, Window owner) {
        prepare(dialog, owner);
        dialog.show();
    }

    /** Shows the dialog and waits for its answer. */
    public static <T> Optional<T> showAndWait(Dialog<T> dialog, Window owner) {
        prepare(dialog, owner);
        return dialog.showAndWait();
    }

    private static void prepare(Dialog<?> dialog, Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        // Without this a dialog pane may be laid out shorter than its wrapped text needs.
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        // The themes put the content against the dialog's edge; the window's stylesheet does not reach dialogs.
        if (dialog.getDialogPane().getContent() instanceof Region content && Insets.EMPTY.equals(content.getPadding())) {
            content.setPadding(CONTENT_PADDING);
        }
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, event -> centreOn(dialog, owner));
    }

    private static void centreOn(Dialog<?> dialog, Window owner) {
        if (owner == null) {
            return;
        }
        dialog.setX(owner.getX() + Math.max(0, (owner.getWidth() - dialog.getWidth()) / 2));
        dialog.setY(owner.getY() + Math.max(0, (owner.getHeight() - dialog.getHeight()) / 2));
    }
}
