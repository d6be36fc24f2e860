package dev.driftless.ui.drift;

import dev.driftless.core.repair.FileEdit;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * Asks before a project file is written: says what changes and shows the unified diff from the
 * file as it is to what will be written ({@code #fileChangeDiff}). The result is {@link #CONFIRM}
 * when the person confirmed.
 */
final class FileChangeDialog extends Dialog<ButtonType> {
    static final ButtonType CONFIRM = new ButtonType("Write the file", ButtonBar.ButtonData.OK_DONE);

    FileChangeDialog(String title, FileEdit edit, String undoHint) {
        setTitle(title);
        setHeaderText(edit.description());
        TextArea diff = new TextArea(String.join("\n", edit.diff()));
        diff.setId("fileChangeDiff");
        diff.setEditable(false);
        diff.setPrefRowCount(Math.min(16, edit.diff().size() + 1));
        diff.setStyle("-fx-font-family: monospace;");
        Label explanation = new Label("The file " + edit.file() + " is replaced atomically. " + undoHint);
        explanation.setWrapText(true);
        VBox content = new VBox(8, explanation, diff);
        content.setPrefWidth(680);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, CONFIRM);
    }
}
