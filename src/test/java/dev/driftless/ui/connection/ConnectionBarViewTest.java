package dev.driftless.ui.connection;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.TestFolders;
import dev.driftless.testing.TestPostgres;
import dev.driftless.ui.actions.DisabledWithReason;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.settings.SettingsStore;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection bar says what its buttons do, and why one cannot be used now. */
@ExtendWith(ApplicationExtension.class)
class ConnectionBarViewTest {
    @TempDir
    static Path root;

    private Path folder;
    private WorkspaceViewModel workspace;
    private SavedConnectionsViewModel saved;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory(root, "project");
        Files.createDirectories(folder.resolve("migrations"));
        workspace = new WorkspaceViewModel(BackgroundExecutor.immediate(), new LogViewModel(Clock.systemUTC()),
                Clock.systemUTC(), TestFolders.journal());
        saved = new SavedConnectionsViewModel(workspace,
                new SettingsStore(folder.resolve("settings.json"), Optional.empty()).load(), () -> { });
        stage.setScene(new Scene(new ConnectionBar(new ConnectionBarViewModel(workspace), saved), 1100, 60));
        stage.show();
    }

    private String reason(FxRobot robot, String id) {
        return robot.lookup(id + "Why").queryAs(DisabledWithReason.class).tooltip().getText();
    }

    @Test
    void withoutADatabaseSaveIsDisabledSayingWhyAndTheEmptyListSaysSo(FxRobot robot) {
        robot.interact(() -> workspace.open(Project.open(folder, null), null));
        WaitForAsyncUtils.waitForFxEvents();

        Button save = robot.lookup("#saveConnection").queryButton();
        assertThat(save.getText()).isEqualTo("Save connection…");
        assertThat(save.isDisabled()).isTrue();
        assertThat(reason(robot, "#saveConnection")).startsWith("Connect to a database first");
        ComboBox<?> list = robot.lookup("#savedConnections").queryComboBox();
        assertThat(list.getPromptText()).isEqualTo("No saved connections");
        assertThat(list.isDisabled()).isTrue();
    }

    @Test
    void onSqliteTheFileButtonWorksAndASavedConnectionFillsTheList(FxRobot robot) {
        robot.interact(() -> workspace.open(Project.open(folder, null),
                DatabaseUrl.parse("sqlite://" + folder.resolve("app.db") + "?mode=rwc")));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#pickSqliteFile").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#saveConnection").queryButton().isDisabled()).isFalse();
        robot.interact(() -> saved.saveCurrentAs("local"));
        ComboBox<?> list = robot.lookup("#savedConnections").queryComboBox();
        assertThat(list.isDisabled()).isFalse();
        assertThat(list.getItems()).hasSize(1);
    }

    @Test
    void onPostgresTheSqliteFileButtonIsDisabledSayingWhy(FxRobot robot) {
        String url = TestPostgres.freshDatabaseUrl();
        robot.interact(() -> workspace.open(Project.open(folder, null), DatabaseUrl.parse(url)));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#pickSqliteFile").queryButton().isDisabled()).isTrue();
        assertThat(reason(robot, "#pickSqliteFile")).contains("PostgreSQL").contains("sqlite://");
    }
}
