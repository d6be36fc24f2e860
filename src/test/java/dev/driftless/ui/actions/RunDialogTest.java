package dev.driftless.ui.actions;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.ui.task.FxBackgroundExecutor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;

import static dev.driftless.ui.actions.DialogRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The run view in a stage, driven by the robot, running on a real SQLite database in the background. */
@ExtendWith(ApplicationExtension.class)
class RunDialogTest {
    @TempDir
    Path dir;
    private ActionFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = ActionFixture.empty(dir, new FxBackgroundExecutor());
        DialogRobot.prepare(stage, 640, 560);
    }

    private void showRunView(FxRobot robot) throws TimeoutException {
        robot.interact(fixture::openOnSqlite);
        waitUntil(() -> fixture.workspace.rows().size() == 2 && fixture.workspace.ledgerErrorProperty().get() == null);
        DialogRobot.show(robot, stage, () -> new RunView(new RunViewModel(fixture.workspace, new FxBackgroundExecutor()),
                (file, line) -> { }));
        waitUntil(() -> !robot.lookup("#runConfirm").queryAs(Button.class).isDisabled());
    }

    @Test
    void runAppliesAndTheProgressShowsApplied(FxRobot robot) throws TimeoutException {
        fixture.write("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        fixture.write("2_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        showRunView(robot);
        ListView<?> steps = robot.lookup("#runSteps").queryAs(ListView.class);
        assertThat(steps.getItems()).hasSize(2);

        robot.clickOn("#runConfirm");
        waitUntil(() -> fixture.workspace.rows().stream().map(StatusRow::status)
                .allMatch(status -> status == MigrationStatus.APPLIED));
        waitUntil(() -> steps.getItems().stream().allMatch(item -> ((StepProgress) item).state() == StepState.DONE));

        assertThat(robot.lookup("#runSteps .list-cell").queryAllAs(ListCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).startsWith("1 users - done"))
                .anySatisfy(cell -> assertThat(cell.getText()).startsWith("2 posts - done"));
        assertThat(robot.lookup("#runConfirm").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#runError").queryAs(VBox.class).isVisible()).isFalse();
    }

    @Test
    void aFailingMigrationShowsItsError(FxRobot robot) throws TimeoutException {
        fixture.write("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        fixture.write("2_broken.sql", "CREATE TABLE broken (;\n");
        showRunView(robot);

        robot.clickOn("#runConfirm");
        waitUntil(() -> robot.lookup("#runError").queryAs(VBox.class).isVisible());

        Label message = (Label) robot.lookup("#runError").queryAs(VBox.class).getChildren().get(0);
        assertThat(message.getText()).contains("syntax error");
        assertThat(robot.lookup("#runSteps .list-cell").queryAllAs(ListCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).startsWith("2 broken - failed"));
        assertThat(robot.lookup("#runStop").queryAs(Button.class).isDisabled()).isTrue();
    }
}
