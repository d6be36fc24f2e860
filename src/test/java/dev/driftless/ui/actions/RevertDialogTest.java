package dev.driftless.ui.actions;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.ui.task.FxBackgroundExecutor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static dev.driftless.ui.actions.DialogRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The revert dialog over a stage on a real SQLite database: its button, its refusals and its down SQL. */
@ExtendWith(ApplicationExtension.class)
class RevertDialogTest {
    @TempDir
    Path dir;
    private ActionFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = ActionFixture.threeMigrations(dir, new FxBackgroundExecutor());
        DialogRobot.prepareOwner(stage, 120, 100, 1100, 860);
    }

    /** 1 simple, 2 and 3 reversible, all applied. */
    private void applyAll(FxRobot robot) throws TimeoutException {
        robot.interact(fixture::openOnSqlite);
        waitUntil(() -> fixture.workspace.rows().size() == 3 && fixture.workspace.ledgerErrorProperty().get() == null);
        robot.interact(() -> new RunViewModel(fixture.workspace, new FxBackgroundExecutor()).confirm());
        waitUntil(() -> fixture.workspace.rows().stream().allMatch(row -> row.status() == MigrationStatus.APPLIED)
                && !fixture.workspace.busyProperty().get());
    }

    private RevertDialog openRevertDialog(FxRobot robot) {
        return DialogRobot.open(robot, stage, () -> new RevertDialog(fixture.workspace, new FxBackgroundExecutor(),
                (file, line) -> { }, new SimpleObjectProperty<>()));
    }

    private String downSql(FxRobot robot) {
        return robot.lookup("#revertDownSql").queryTextInputControl().getText();
    }

    @Test
    void opensOnItsOwnerWithRevertFocusedNamingTheDatabaseAndShowingTheDownSql(FxRobot robot) throws TimeoutException {
        applyAll(robot);
        RevertDialog dialog = openRevertDialog(robot);

        Button revert = robot.lookup("#revertConfirm").queryButton();
        waitUntil(() -> !revert.isDisabled() && downSql(robot).contains("DROP TABLE tags;"));
        waitUntil(revert::isFocused);
        assertThat(ButtonBar.getButtonData(revert)).isEqualTo(ButtonBar.ButtonData.OK_DONE);
        assertThat(robot.lookup("#revertDatabase").queryLabeled().getText()).isEqualTo("Database: SQLite file db.sqlite");
        DialogRobot.assertOnOwner(dialog, stage);
    }

    @Test
    void aRefusedRevertNamesTheReasonOffersTheDriftTabAndStillShowsTheDownSql(FxRobot robot) throws Exception {
        applyAll(robot);
        // An applied migration whose file is gone makes every revert refuse until it is resolved.
        Files.delete(fixture.migrations.resolve("1_users.sql"));
        robot.interact(fixture.workspace::refresh);
        waitUntil(() -> fixture.workspace.row(1).map(StatusRow::status).orElseThrow() == MigrationStatus.MISSING);
        openRevertDialog(robot);

        waitUntil(() -> robot.lookup("#revertPlanError").queryLabeled().getText() != null && downSql(robot).contains("DROP"));
        assertThat(robot.lookup("#revertPlanError").queryLabeled().getText()).contains("migration 1");
        assertThat(robot.lookup("#revertPlanErrorHint").queryLabeled().getText()).contains("Forget row")
                .contains("Drift tab");
        assertThat(downSql(robot)).isEqualTo("DROP TABLE tags;\n");
        assertThat(robot.lookup("#revertConfirm").queryButton().isDisabled()).isTrue();

        robot.clickOn("#revertPlanErrorFix");

        waitUntil(() -> Long.valueOf(1).equals(fixture.workspace.selectedVersionProperty().get()));
    }

    @Test
    void revertingUnderASimpleMigrationSaysHowToMakeItReversibleAndThatItHasNoDownFile(FxRobot robot)
            throws TimeoutException {
        applyAll(robot);
        openRevertDialog(robot);
        waitUntil(() -> !robot.lookup("#revertTarget").queryComboBox().getItems().isEmpty());

        robot.interact(() -> robot.lookup("#revertTarget").<Long>queryComboBox().setValue(0L));

        waitUntil(() -> robot.lookup("#revertPlanError").queryLabeled().getText() != null
                && downSql(robot).contains("simple migration"));
        assertThat(robot.lookup("#revertPlanErrorHint").queryLabeled().getText())
                .contains("rename 1_users.sql to 1_users.up.sql").contains(".down.sql");
        assertThat(downSql(robot)).contains("DROP TABLE tags;").contains("DROP TABLE posts;")
                .contains("1_users.sql is a simple migration: it has no down file");
        assertThat(robot.lookup("#revertPlanErrorFix").queryButton().isVisible()).isFalse();
    }
}
