package dev.driftless.ui.actions;

import atlantafx.base.theme.Styles;
import dev.driftless.ui.CodeFont;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/** The revert dialog's content, bound to a {@link RevertViewModel}; its buttons are the dialog's ({@link RevertDialog}). */
public final class RevertView extends VBox {

    /** @param openAt opens a migration file at a 1-based line in the editor */
    public RevertView(RevertViewModel model, BiConsumer<Path, Integer> openAt) {
        super(10);
        TextArea downSql = new TextArea();
        downSql.setId("revertDownSql");
        downSql.setEditable(false);
        downSql.setPrefRowCount(8);
        downSql.getStyleClass().add(CodeFont.STYLE_CLASS);
        downSql.textProperty().bind(model.downSqlProperty());
        Label reversibilityWarning = new Label();
        reversibilityWarning.setId("revertReversibilityWarning");
        reversibilityWarning.setWrapText(true);
        reversibilityWarning.getStyleClass().add(Styles.WARNING);
        reversibilityWarning.textProperty().bind(model.reversibilityWarningProperty());
        reversibilityWarning.visibleProperty().bind(model.reversibilityWarningProperty().isNotEmpty());
        reversibilityWarning.managedProperty().bind(reversibilityWarning.visibleProperty());
        getChildren().addAll(
                ActionViewParts.targetDatabase(model, "revertDatabase"),
                ActionViewParts.targetRow(model, "Revert", "revertTarget", "only the latest"),
                ActionViewParts.header(model, "Nothing has run yet. These migrations will be reverted, newest first:"),
                ActionViewParts.stepList(model, "revertSteps",
                        "Nothing to revert: no migration is applied"),
                reversibilityWarning,
                ActionViewParts.planError(model, "revertPlanError"),
                downSqlLabel(model),
                downSql,
                ActionViewParts.failure(model, "revertError", openAt),
                new DangerConfirmationPane(model.confirmation()));
        setPrefWidth(560);
    }

    private static Label downSqlLabel(RevertViewModel model) {
        Label label = new Label();
        label.textProperty().bind(Bindings.when(model.planErrorProperty().isNull())
                .then("Down SQL that will run:").otherwise("Down SQL (it runs once the revert is no longer refused):"));
        return label;
    }
}
