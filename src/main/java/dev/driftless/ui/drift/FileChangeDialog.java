package dev.driftless.ui.drift;

import dev.driftless.ui.CodeFont;
import dev.driftless.ui.actions.DangerConfirmation;
import dev.driftless.ui.actions.DangerConfirmationPane;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * Asks before project files are written: says what changes and shows the unified diff of every
 * file ({@code #fileChangeDiff}). When ledger rows change with the files it also shows the exact
 * SQL ({@code #fileChangeSql}) and, for a database on another machine, wants its name typed first.
 * The result is {@link #CONFIRM} when the person confirmed.
 */
final class FileChangeDialog extends Dialog<ButtonType> {
    static final ButtonType CONFIRM = new ButtonType("Write the files", ButtonBar.ButtonData.OK_DONE);

    /**
     * @param diff the unified diff lines of every file, in the order they are written
     * @param sql  the statements run with the files, in one transaction; empty for files only
     */
    FileChangeDialog(String title, String description, List<String> diff, List<String> sql,
                     DangerConfirmation confirmation) {
        setTitle(title);
        setHeaderText(description);
        TextArea diffArea = new TextArea(String.join("\n", diff));
        diffArea.setId("fileChangeDiff");
        diffArea.setEditable(false);
        diffArea.setPrefRowCount(Math.min(16, diff.size() + 1));
        diffArea.getStyleClass().add(CodeFont.STYLE_CLASS);
        Label explanation = new Label("Each file is replaced atomically; if one cannot be written, those already "
                + "written are put back. It is journalled, so \"Undo file repair\" reverses it, also after a restart.");
        explanation.setWrapText(true);
        VBox content = new VBox(8, explanation, diffArea);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, CONFIRM);
        if (!sql.isEmpty()) {
            // A name typed for an earlier repair must not confirm this one.
            confirmation.typedNameProperty().set("");
            Label ledger = new Label("With the files, these statements run in one transaction under the migration "
                    + "lock; if they fail, no file is written.");
            ledger.setWrapText(true);
            TextArea sqlArea = new TextArea(String.join(";\n", sql) + ";");
            sqlArea.setId("fileChangeSql");
            sqlArea.setEditable(false);
            sqlArea.getStyleClass().add(CodeFont.STYLE_CLASS);
            sqlArea.setWrapText(true);
            sqlArea.setPrefRowCount(Math.min(6, sql.size() + 1));
            content.getChildren().addAll(ledger, sqlArea, new DangerConfirmationPane(confirmation));
            getDialogPane().lookupButton(CONFIRM).disableProperty().bind(confirmation.confirmedProperty().not());
        }
        content.setPrefWidth(680);
        getDialogPane().setContent(content);
    }
}
