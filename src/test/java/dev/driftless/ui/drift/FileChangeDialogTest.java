package dev.driftless.ui.drift;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.ui.actions.DangerConfirmation;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The confirmation before a file repair: files only go ahead at once; files with ledger rows of a
 * database on another machine wait for its name, and its password is never shown.
 */
@ExtendWith(ApplicationExtension.class)
class FileChangeDialogTest {
    private static final DatabaseUrl REMOTE = DatabaseUrl.parse("postgres://app:s3cret-pw@db.example.com:5432/shop");
    private static final List<String> DIFF = List.of("--- a/sqlx.toml", "+++ b/sqlx.toml", "+ignored-chars = [\"\\r\"]");

    private FileChangeDialog dialog;
    private Stage owner;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new Label("project"), 300, 200));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> dialog.close());
    }

    @Test
    void withLedgerRowsOfARemoteDatabaseItWaitsForTheDatabaseNameTyped(FxRobot robot) {
        DangerConfirmation confirmation = new DangerConfirmation(new SimpleObjectProperty<>(REMOTE));
        robot.interact(() -> {
            dialog = new FileChangeDialog("Set ignored-chars", "add \"\\r\" to ignored-chars", DIFF,
                    List.of("UPDATE _sqlx_migrations SET checksum = '\\x00' WHERE version = 1"), confirmation);
            dialog.initOwner(owner);
            dialog.show();
        });
        Node confirm = dialog.getDialogPane().lookupButton(FileChangeDialog.CONFIRM);
        assertThat(confirm.isDisabled()).isTrue();

        robot.interact(() -> robot.from(dialog.getDialogPane()).lookup("#confirmDatabaseName")
                .queryAs(TextField.class).setText("sho"));
        assertThat(confirm.isDisabled()).as("a near miss does not confirm").isTrue();
        robot.interact(() -> robot.from(dialog.getDialogPane()).lookup("#confirmDatabaseName")
                .queryAs(TextField.class).setText("shop"));
        assertThat(confirm.isDisabled()).isFalse();

        assertThat(robot.from(dialog.getDialogPane()).lookup("#fileChangeSql").queryAs(TextArea.class).getText())
                .contains("UPDATE _sqlx_migrations");
        assertThat(robot.from(dialog.getDialogPane()).lookup(".label").queryAllAs(Label.class))
                .allSatisfy(label -> assertThat(String.valueOf(label.getText())).doesNotContain("s3cret-pw"));
    }

    @Test
    void aRepairOfFilesOnlyNeedsNoNameEvenWithARemoteDatabase(FxRobot robot) {
        DangerConfirmation confirmation = new DangerConfirmation(new SimpleObjectProperty<>(REMOTE));
        robot.interact(() -> {
            dialog = new FileChangeDialog("Restore applied text", "restore 0001_users.sql", DIFF, List.of(),
                    confirmation);
            dialog.initOwner(owner);
            dialog.show();
        });

        assertThat(dialog.getDialogPane().lookupButton(FileChangeDialog.CONFIRM).isDisabled()).isFalse();
        assertThat(robot.from(dialog.getDialogPane()).lookup("#confirmDatabaseName").tryQuery()).isEmpty();
        assertThat(robot.from(dialog.getDialogPane()).lookup("#fileChangeDiff").queryAs(TextArea.class).getText())
                .contains("+ignored-chars");
    }
}
