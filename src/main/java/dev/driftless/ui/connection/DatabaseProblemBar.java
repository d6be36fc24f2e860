package dev.driftless.ui.connection;

import dev.driftless.ui.workspace.LedgerProblem;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * A bar under the connection bar while the ledger cannot be read ({@code #databaseProblem}): the database's own
 * message, what to do about it, "Create database" when the database does not exist, and "Retry". Meanwhile
 * the tree shows every migration's status as unknown, so an unreachable database never looks like an empty one.
 */
public final class DatabaseProblemBar extends HBox {
    private final Label message = new Label();
    private final Label advice = new Label();
    private final Button create = new Button("Create database", new FontIcon(MaterialDesignD.DATABASE_PLUS));

    public DatabaseProblemBar(WorkspaceViewModel workspace) {
        setId("databaseProblem");
        getStyleClass().add("database-problem");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        setPadding(new Insets(6, 8, 6, 8));
        message.setId("databaseProblemMessage");
        message.setWrapText(true);
        message.getStyleClass().add("database-problem-message");
        advice.setWrapText(true);
        VBox text = new VBox(2, message, advice);
        HBox.setHgrow(text, Priority.ALWAYS);
        create.setId("createDatabase");
        create.setMinWidth(USE_PREF_SIZE);
        create.setOnAction(event -> workspace.createDatabase());
        create.disableProperty().bind(workspace.busyProperty());
        Button retry = new Button("Retry", new FontIcon(MaterialDesignR.REFRESH));
        retry.setId("retryDatabase");
        retry.setMinWidth(USE_PREF_SIZE);
        retry.setOnAction(event -> workspace.refresh());
        getChildren().addAll(text, create, retry);
        workspace.ledgerProblemProperty().addListener((observable, before, problem) -> show(problem));
        show(workspace.ledgerProblemProperty().get());
    }

    private void show(LedgerProblem problem) {
        boolean shown = problem != null;
        setVisible(shown);
        setManaged(shown);
        if (shown) {
            message.setText(problem.message());
            advice.setText(problem.advice() + " Until then, whether each migration was applied is unknown.");
            boolean missing = problem.kind() == LedgerProblem.Kind.MISSING_DATABASE;
            create.setVisible(missing);
            create.setManaged(missing);
        }
    }
}
