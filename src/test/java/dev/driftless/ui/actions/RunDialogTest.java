package dev.driftless.ui.actions;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.testing.TestPostgres;
import dev.driftless.ui.task.FxBackgroundExecutor;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import static dev.driftless.ui.actions.DialogRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The run dialog over a stage, driven by the robot, running on a real database in the background. */
@ExtendWith(ApplicationExtension.class)
class RunDialogTest {
    @TempDir
    Path dir;
    private ActionFixture fixture;
    private Stage stage;
    private final List<Map.Entry<Path, Integer>> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = ActionFixture.empty(dir, new FxBackgroundExecutor());
        DialogRobot.prepareOwner(stage, 140, 90, 1100, 820);
    }

    private RunDialog openRunDialog(FxRobot robot, String url) throws TimeoutException {
        robot.interact(() -> fixture.open(url));
        waitUntil(() -> !fixture.workspace.rows().isEmpty() && fixture.workspace.ledgerErrorProperty().get() == null);
        RunDialog dialog = DialogRobot.open(robot, stage, () -> new RunDialog(fixture.workspace,
                new FxBackgroundExecutor(), (file, line) -> opened.add(Map.entry(file, line))));
        waitUntil(() -> !robot.lookup("#runConfirm").queryButton().isDisabled());
        return dialog;
    }

    private String sqlite() {
        return "sqlite://" + dir.resolve("db.sqlite") + "?mode=rwc";
    }

    @Test
    void opensOnItsOwnerWithRunFocusedAsTheDefaultInThePlatformsButtonBarAndNamesTheDatabase(FxRobot robot)
            throws TimeoutException {
        fixture.write("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        RunDialog dialog = openRunDialog(robot, sqlite());

        Button run = robot.lookup("#runConfirm").queryButton();
        waitUntil(run::isFocused);
        assertThat(run.isDefaultButton()).isTrue();
        assertThat(ButtonBar.getButtonData(run)).isEqualTo(ButtonBar.ButtonData.OK_DONE);
        assertThat(ButtonBar.getButtonData(robot.lookup("#runStop").queryButton())).isEqualTo(ButtonBar.ButtonData.LEFT);
        assertThat(run.getParent().getParent()).isInstanceOf(ButtonBar.class);
        assertThat(robot.lookup("#runDatabase").queryLabeled().getText()).isEqualTo("Database: SQLite file db.sqlite");
        DialogRobot.assertOnOwner(dialog, stage);
    }

    @Test
    void thePostgresDatabaseIsNamedWithoutItsPassword(FxRobot robot) throws TimeoutException {
        fixture.write("1_users.sql", "CREATE TABLE users (id int);\n");
        String url = TestPostgres.freshDatabaseUrl();
        openRunDialog(robot, url);

        assertThat(robot.lookup("#runDatabase").queryLabeled().getText())
                .startsWith("Database: PostgreSQL postgres://postgres:").contains("****").doesNotContain(":postgres@");
    }

    @Test
    void runAppliesAndTheProgressShowsApplied(FxRobot robot) throws TimeoutException {
        fixture.write("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        fixture.write("2_posts.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        RunDialog dialog = openRunDialog(robot, sqlite());
        ListView<?> steps = robot.lookup("#runSteps").queryAs(ListView.class);
        assertThat(steps.getItems()).hasSize(2);

        robot.clickOn("#runConfirm");
        waitUntil(() -> fixture.workspace.rows().stream().map(StatusRow::status)
                .allMatch(status -> status == MigrationStatus.APPLIED));
        waitUntil(() -> steps.getItems().stream().allMatch(item -> ((StepProgress) item).state() == StepState.DONE));

        assertThat(robot.lookup("#runSteps .list-cell").queryAllAs(ListCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).startsWith("1 users - done"))
                .anySatisfy(cell -> assertThat(cell.getText()).startsWith("2 posts - done"));
        assertThat(robot.lookup("#runConfirm").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#runError").queryAs(VBox.class).isVisible()).isFalse();
        assertThat(dialog.isShowing()).as("the dialog stays open to show how it ended").isTrue();
    }

    @Test
    void withNothingPendingRunIsDisabledAndTheListSaysWhy(FxRobot robot) throws TimeoutException {
        fixture.write("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        robot.interact(() -> fixture.open(sqlite()));
        waitUntil(() -> fixture.workspace.rows().size() == 1 && fixture.workspace.ledgerErrorProperty().get() == null);
        robot.interact(() -> new RunViewModel(fixture.workspace, new FxBackgroundExecutor()).confirm());
        waitUntil(() -> fixture.workspace.rows().get(0).status() == MigrationStatus.APPLIED
                && !fixture.workspace.busyProperty().get());

        DialogRobot.open(robot, stage, () -> new RunDialog(fixture.workspace, new FxBackgroundExecutor(),
                (file, line) -> { }));

        assertThat(robot.lookup("#runConfirm").queryButton().isDisabled()).isTrue();
        assertThat(((Labeled) robot.lookup("#runSteps").queryAs(ListView.class).getPlaceholder()).getText())
                .isEqualTo("Nothing to run: every migration in the folder is applied");
    }

    @Test
    void escapeClosesTheDialogWithoutRunning(FxRobot robot) throws TimeoutException {
        fixture.write("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        RunDialog dialog = openRunDialog(robot, sqlite());

        robot.clickOn("#runDatabase").type(KeyCode.ESCAPE);

        waitUntil(() -> !dialog.isShowing());
        assertThat(fixture.workspace.rows()).extracting(StatusRow::status).containsOnly(MigrationStatus.PENDING);
    }

    @Test
    void aFailingMigrationShowsTheWholeMessageSelectableWithItsFile(FxRobot robot) throws TimeoutException {
        fixture.write("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        fixture.write("2_broken.sql", "CREATE TABLE broken (;\n");
        openRunDialog(robot, sqlite());

        robot.clickOn("#runConfirm");
        waitUntil(() -> robot.lookup("#runError").queryAs(VBox.class).isVisible());

        TextArea message = robot.lookup("#runErrorMessage").queryAs(TextArea.class);
        assertThat(message.getText()).contains("syntax error");
        assertThat(message.isEditable()).isFalse();
        assertThat(message.isWrapText()).isTrue();
        assertThat(robot.lookup("#runErrorTitle").queryLabeled().getText()).contains("2_broken.sql");
        assertThat(robot.lookup("#runSteps .list-cell").queryAllAs(ListCell.class))
                .anySatisfy(cell -> assertThat(cell.getText()).startsWith("2 broken - failed"));
        assertThat(robot.lookup("#runStop").queryButton().isDisabled()).isTrue();
        // SQLite gives no position: the file can still be opened, at its top.
        assertThat(robot.lookup("#runErrorOpenAt").queryButton().getText()).isEqualTo("Open file");
    }

    @Test
    void aPostgresErrorBelowTheFirstStatementOpensAtItsLine(FxRobot robot) throws TimeoutException {
        fixture.write("1_orders.sql", "CREATE TABLE orders (id int);\n\n-- the typo is on line 5\n\n"
                + "INSERT INTO orderz VALUES (1);\n");
        openRunDialog(robot, TestPostgres.freshDatabaseUrl());

        robot.clickOn("#runConfirm");
        waitUntil(() -> robot.lookup("#runErrorOpenAt").queryButton().isVisible()
                && robot.lookup("#runErrorOpenAt").queryButton().getText().startsWith("Open at line"));

        Button openAt = robot.lookup("#runErrorOpenAt").queryButton();
        assertThat(openAt.getText()).isEqualTo("Open at line 5");
        assertThat(robot.lookup("#runErrorMessage").queryAs(TextArea.class).getText())
                .contains("relation \"orderz\" does not exist").contains("SQLSTATE 42P01").doesNotContain("Position:");
        robot.clickOn(openAt);
        assertThat(opened).containsExactly(Map.entry(fixture.migrations.resolve("1_orders.sql"), 5));
    }
}
