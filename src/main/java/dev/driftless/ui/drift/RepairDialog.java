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
 * Asks before a ledger edit: says what changes, shows the exact SQL that will run
 * ({@code #repairSql}) and, for a database on another machine, wants its name typed first.
 * The result is {@link #CONFIRM} when the person confirmed.
 */
final class RepairDialog extends Dialog<ButtonType> {
    static final ButtonType CONFIRM = new ButtonType("Change the ledger", ButtonBar.ButtonData.OK_DONE);

    RepairDialog(String title, String description, List<String> statements, DangerConfirmation confirmation) {
        // A name typed for an earlier repair must not confirm this one.
        confirmation.typedNameProperty().set("");
        setTitle(title);
        setHeaderText(description);
        TextArea sql = new TextArea(String.join(";\n", statements) + ";");
        sql.setId("repairSql");
        sql.setEditable(false);
        sql.getStyleClass().add(CodeFont.STYLE_CLASS);
        sql.setWrapText(true);
        sql.setPrefRowCount(Math.min(6, statements.size() + 1));
        Label explanation = new Label("This runs in one transaction under the migration lock, and is journalled so "
                + "that \"Undo ledger repair\" (or `driftless ledger undo`) can put the row back.");
        explanation.setWrapText(true);
        VBox content = new VBox(8, explanation, sql, new DangerConfirmationPane(confirmation));
        content.setPrefWidth(620);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL, CONFIRM);
        getDialogPane().lookupButton(CONFIRM).disableProperty().bind(confirmation.confirmedProperty().not());
    }
}
