package dev.driftless.ui.drift;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The drift pane on a real (headless) stage, for a migration whose line endings became CRLF after it ran. */
@ExtendWith(ApplicationExtension.class)
class DriftViewTest {
    @TempDir
    static Path root;

    private WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) throws IOException {
        String users = "CREATE TABLE users (id INTEGER);\nCREATE INDEX users_id ON users (id);\n";
        workspace = DriftPaneFixture.show(stage, root, users, users.replace("\n", "\r\n"), Clock.systemUTC(), 900, 400)
                .workspace;
    }

    @Test
    void showsTheCosmeticClassificationItsSourceAndBothDiffs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#driftClassification").queryAs(Label.class).getText())
                .isEqualTo("line-endings · cosmetic");
        assertThat(robot.lookup("#driftSource").queryAs(Label.class).getText()).isEqualTo("applied text: journal");
        CodeArea diff = robot.lookup("#driftDiff").queryAs(CodeArea.class);
        assertThat(diff.getText()).contains("+CREATE TABLE users (id INTEGER);^M");
        int added = diff.getText().lines().toList().indexOf("+CREATE TABLE users (id INTEGER);^M");
        assertThat(diff.getParagraph(added).getParagraphStyle()).containsExactly("diff-added");
        assertThat(robot.lookup("#repairButton").queryAs(Button.class).getText()).isEqualTo("Accept file (re-stamp)");

        robot.clickOn("#driftSideBySideToggle");

        ListView<?> sideBySide = robot.lookup("#driftSideBySide").queryAs(ListView.class);
        assertThat(sideBySide.isVisible()).isTrue();
        assertThat(sideBySide.getItems()).hasSize(2);
        assertThat(robot.from(sideBySide).lookup(".diff-inline-change").queryAll()).isNotEmpty();
    }

    @Test
    void theRestampShowsItsSqlFirstThenAcceptsTheFile(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#repairButton");

        assertThat(robot.lookup("#repairSql").queryAs(TextArea.class).getText())
                .startsWith("UPDATE _sqlx_migrations SET checksum = ");
        Node confirm = robot.lookup(".button").match(node -> node instanceof Button button
                && "Change the ledger".equals(button.getText())).query();
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.row(1).orElseThrow().status()).isEqualTo(MigrationStatus.APPLIED);
        assertThat(robot.lookup("#repairButton").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void ignoredCharsShowsTheTomlDiffAndTheSqlThenWritesSqlxToml(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#ignoredCharsButton");

        assertThat(robot.lookup("#fileChangeDiff").queryAs(TextArea.class).getText())
                .contains("+[migrate]", "+ignored-chars = [\"\\r\"]");
        // Migration 1 was applied with LF, so nothing needs a re-stamp: no SQL is shown, none runs.
        assertThat(robot.lookup("#fileChangeSql").tryQuery()).isEmpty();
        Node confirm = robot.lookup(".button").match(node -> node instanceof Button button
                && "Write the files".equals(button.getText())).query();
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.projectProperty().get().config().ignoredChars()).containsExactly("\r");
        assertThat(workspace.row(1).orElseThrow().status()).isEqualTo(MigrationStatus.APPLIED);
    }
}
