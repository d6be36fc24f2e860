package dev.driftless.ui;

import dev.driftless.ui.actions.OwnedDialogs;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** The window's own dialogs, each owned by its stage so that it opens over it. */
final class WindowDialogs {
    private final Stage owner;

    WindowDialogs(Stage owner) {
        this.owner = owner;
    }

    /** Shows a dialog over the window without waiting for it. */
    void show(Dialog<?> dialog) {
        OwnedDialogs.show(dialog, owner);
    }

    /** What has the keyboard focus in the window, if anything (the Edit menu acts on it). */
    Optional<Node> focusOwner() {
        return Optional.ofNullable(owner.getScene()).map(Scene::getFocusOwner);
    }

    /** Asks whether to close the window although files have unsaved edits. */
    boolean confirmDiscard() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Some files have unsaved changes. Close anyway and lose them?",
                ButtonType.CANCEL, ButtonType.OK);
        alert.setHeaderText("Unsaved changes");
        return OwnedDialogs.showAndWait(alert, owner).filter(ButtonType.OK::equals).isPresent();
    }

    /** The project folder a person picks, if any. */
    Optional<Path> chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a project folder (with migrations/ or sqlx.toml)");
        File chosen = chooser.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
