package dev.driftless.ui.drift;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.ui.actions.DisabledWithReason;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** "Move edit to new migration" and "Undo file repair" driven through the drift pane's buttons on a real stage. */
@ExtendWith(ApplicationExtension.class)
class DriftFileRepairViewTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER);\n";
    private static final String EDITED = USERS + "ALTER TABLE users ADD name TEXT;\n";

    @TempDir
    static Path root;

    private Path migrations;
    private WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) throws IOException {
        DriftPaneFixture fixture = DriftPaneFixture.show(stage, root, USERS, EDITED,
                Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC), 1100, 400);
        migrations = fixture.migrations;
        workspace = fixture.workspace;
    }

    private void confirm(FxRobot robot) {
        Node write = robot.lookup(".button").match(node -> node instanceof Button button
                && "Write the files".equals(button.getText())).query();
        robot.clickOn(write);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theEditMovesIntoANewMigrationAfterItsDiffIsShownAndTheUndoPutsItBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#ignoredCharsButton").queryAs(Button.class).isVisible()).isFalse();
        // Nothing repaired yet: both undo buttons are disabled and say why.
        assertThat(robot.lookup("#undoFileRepair").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#undoFileRepairWhy").queryAs(DisabledWithReason.class).tooltip().getText())
                .isEqualTo("Nothing to undo: no file repair of this project is in the journal");
        assertThat(robot.lookup("#undoRepair").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#undoRepairWhy").queryAs(DisabledWithReason.class).tooltip().getText())
                .isEqualTo("Nothing to undo: no ledger repair of this database is in the journal");

        robot.clickOn("#moveEditButton");

        String diff = robot.lookup("#fileChangeDiff").queryAs(TextArea.class).getText();
        assertThat(diff).contains("+++ b/0002_amend_users.sql", "+ALTER TABLE users ADD name TEXT;",
                "-ALTER TABLE users ADD name TEXT;");
        assertThat(robot.lookup("#fileChangeSql").tryQuery()).isEmpty();
        confirm(robot);

        assertThat(migrations.resolve("0001_users.sql")).hasContent(USERS);
        assertThat(migrations.resolve("0002_amend_users.sql")).exists();
        assertThat(workspace.row(1).orElseThrow().status()).isEqualTo(MigrationStatus.APPLIED);
        assertThat(workspace.row(2).orElseThrow().status()).isEqualTo(MigrationStatus.PENDING);

        assertThat(robot.lookup("#undoFileRepair").queryButton().isDisabled()).isFalse();
        robot.clickOn("#undoFileRepair");
        assertThat(robot.lookup("#fileChangeDiff").queryAs(TextArea.class).getText())
                .contains("+++ /dev/null", "+ALTER TABLE users ADD name TEXT;");
        confirm(robot);

        assertThat(migrations.resolve("0001_users.sql")).hasContent(EDITED);
        assertThat(migrations.resolve("0002_amend_users.sql")).doesNotExist();
        assertThat(workspace.row(1).orElseThrow().status()).isEqualTo(MigrationStatus.DRIFTED);
    }
}
