package dev.driftless.ui.actions;

import dev.driftless.ui.task.FxBackgroundExecutor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import static dev.driftless.ui.actions.DialogRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The add view in a stage: typing shows the names, Create writes the files. */
@ExtendWith(ApplicationExtension.class)
class AddMigrationDialogTest {
    @TempDir
    Path dir;
    private ActionFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = ActionFixture.empty(dir, new FxBackgroundExecutor());
        DialogRobot.prepare(stage, 560, 420);
    }

    @Test
    void addCreatesTheFiles(FxRobot robot) throws TimeoutException {
        fixture.write("0001_users.sql", "CREATE TABLE users (id INTEGER);\n");
        fixture.write("0002_posts.sql", "CREATE TABLE posts (id INTEGER);\n");
        robot.interact(fixture::openOnSqlite);
        waitUntil(() -> fixture.workspace.rows().size() == 2);
        List<Path> created = new CopyOnWriteArrayList<>();
        DialogRobot.show(robot, stage, () -> new AddMigrationView(
                new AddMigrationViewModel(fixture.workspace, ActionFixture.CLOCK), created::addAll));

        robot.clickOn("#addDescription").write("create comments");
        robot.clickOn("#addReversible");
        waitUntil(() -> robot.lookup("#addPreview").queryAs(Label.class).getText()
                .equals("migrations/0003_create_comments.up.sql\nmigrations/0003_create_comments.down.sql"));
        assertThat(robot.lookup("#addCreate").queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#addCreate");
        waitUntil(() -> !created.isEmpty());

        assertThat(created).containsExactly(fixture.migrations.resolve("0003_create_comments.up.sql"),
                fixture.migrations.resolve("0003_create_comments.down.sql"));
        assertThat(created).allSatisfy(path -> assertThat(Files.exists(path)).isTrue());
    }
}
