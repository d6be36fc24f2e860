package dev.driftless.ui.actions;

import atlantafx.base.theme.Styles;
import dev.driftless.ui.CodeFont;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.nio.file.Path;
import java.util.function.BiConsumer;

/** The revert dialog's content, bound to a {@link RevertViewModel}; usable in any window or test stage. */
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
        Button revert = new Button("Revert", new FontIcon(MaterialDesignU.UNDO));
        revert.setId("revertConfirm");
        revert.getStyleClass().add(Styles.DANGER);
        revert.disableProperty().bind(model.canConfirmProperty().not());
        revert.setOnAction(event -> model.confirm());
        getChildren().addAll(
                new HBox(8, new Label("Revert"), ActionViewParts.targetChooser(model, "revertTarget", "only the latest")),
                ActionViewParts.header(model, "Nothing has run yet. These migrations will be reverted, newest first:"),
                ActionViewParts.stepList(model, "revertSteps"),
                ActionViewParts.planError(model, "revertPlanError"),
                new Label("Down SQL that will run:"),
                downSql,
                ActionViewParts.failure(model, "revertError", openAt),
                new DangerConfirmationPane(model.confirmation()),
                revert);
        setPrefWidth(560);
    }
}
