package dev.driftless.ui.actions;

import dev.driftless.ui.task.FxBackgroundExecutor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static dev.driftless.ui.actions.DialogRobot.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The add dialog over a stage: focus, keys, no early complaint, and the name shown is the name created. */
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
        DialogRobot.prepareOwner(stage, 160, 120, 1000, 760);
    }

    private AddMigrationDialog open(FxRobot robot, Clock clock, List<Path> created) throws TimeoutException {
        robot.interact(fixture::openOnSqlite);
        waitUntil(() -> fixture.workspace.sourceProperty().get() != null);
        return DialogRobot.open(robot, stage, () -> new AddMigrationDialog(fixture.workspace, clock, created::addAll));
    }

    @Test
    void opensWithTheFocusInTheDescriptionNoErrorAndCreateAsTheDefaultButton(FxRobot robot) throws TimeoutException {
        fixture.write("0001_users.sql", "CREATE TABLE users (id INTEGER);\n");
        fixture.write("0002_posts.sql", "CREATE TABLE posts (id INTEGER);\n");
        List<Path> created = new CopyOnWriteArrayList<>();
        AddMigrationDialog dialog = open(robot, ActionFixture.CLOCK, created);

        assertThat(robot.lookup("#addDescription").query().isFocused()).isTrue();
        assertThat(robot.lookup("#addValidation").query().isVisible()).isFalse();
        Button create = robot.lookup("#addCreate").queryButton();
        assertThat(create.isDefaultButton()).isTrue();
        assertThat(ButtonBar.getButtonData(create)).isEqualTo(ButtonBar.ButtonData.OK_DONE);
        assertThat(create.isDisabled()).isTrue();
        DialogRobot.assertOnOwner(dialog, stage);

        // The headless platform hands the keyboard to a window on a click; the focus was checked above.
        robot.clickOn("#addDescription").write("create comments");
        robot.clickOn("#addReversible");
        waitUntil(() -> robot.lookup("#addPreview").queryAs(Label.class).getText()
                .equals("migrations/0003_create_comments.up.sql\nmigrations/0003_create_comments.down.sql"));
        robot.clickOn("#addDescription").type(KeyCode.ENTER);
        waitUntil(() -> !created.isEmpty());

        assertThat(created).containsExactly(fixture.migrations.resolve("0003_create_comments.up.sql"),
                fixture.migrations.resolve("0003_create_comments.down.sql"));
        assertThat(created).allSatisfy(path -> assertThat(Files.exists(path)).isTrue());
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void aValidationMessageAppearsOnlyOnceSomethingIsTyped(FxRobot robot) throws TimeoutException {
        open(robot, ActionFixture.CLOCK, new CopyOnWriteArrayList<>());

        robot.clickOn("#addDescription").write("a/b");
        waitUntil(() -> robot.lookup("#addValidation").query().isVisible());
        assertThat(robot.lookup("#addValidation").queryAs(Label.class).getText()).contains("must not contain /");
    }

    @Test
    void escapeCancelsAndCreatesNothing(FxRobot robot) throws TimeoutException, IOException {
        List<Path> created = new CopyOnWriteArrayList<>();
        AddMigrationDialog dialog = open(robot, ActionFixture.CLOCK, created);
        robot.clickOn("#addDescription").write("never made");

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> !dialog.isShowing());
        assertThat(created).isEmpty();
        try (Stream<Path> files = Files.list(fixture.migrations)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void theTimestampedNameShownIsTheNameCreatedEvenWhenTheClockHasMovedOn(FxRobot robot) throws Exception {
        List<Path> created = new CopyOnWriteArrayList<>();
        // Each reading is a minute later than the last: a name made at creation time would differ from the one shown.
        Clock moving = new MovingClock(Instant.parse("2024-05-01T12:00:00Z"), Duration.ofMinutes(1));
        open(robot, moving, created);
        robot.clickOn("#addDescription").write("add index");
        AtomicReference<String> shown = new AtomicReference<>();
        waitUntil(() -> {
            shown.set(robot.lookup("#addPreview").queryAs(Label.class).getText());
            return shown.get().endsWith("_add_index.sql");
        });

        robot.clickOn((Node) robot.lookup("#addCreate").query());
        waitUntil(() -> !created.isEmpty());

        assertThat(created).hasSize(1);
        assertThat("migrations/" + created.get(0).getFileName()).isEqualTo(shown.get());
        assertThat(created.get(0)).exists();
    }

    /** A clock that moves on by a step each time it is read. */
    private static final class MovingClock extends Clock {
        private final AtomicReference<Instant> now;
        private final Duration step;

        MovingClock(Instant start, Duration step) {
            this.now = new AtomicReference<>(start);
            this.step = step;
        }

        @Override
        public Instant instant() {
            return now.getAndUpdate(instant -> instant.plus(step));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
