package dev.driftless.ui.drift;

import atlantafx.base.theme.PrimerLight;
import dev.driftless.cli.CliTestSupport;
import dev.driftless.core.repair.FileRepairJournal;
import dev.driftless.core.repair.RepairJournal;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.TestFolders;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.text.Text;
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

import static org.assertj.core.api.Assertions.assertThat;

/** The line-ending repairs of the drift pane keep their whole labels in a 900x600 window. */
@ExtendWith(ApplicationExtension.class)
class DriftLineEndingViewTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER);\n";

    @TempDir
    static Path root;

    private WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) throws IOException {
        Path folder = Files.createTempDirectory(root, "project");
        Path migrations = Files.createDirectories(folder.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_users.sql"), USERS);
        String url = "sqlite://" + folder.resolve("app.db") + "?mode=rwc";
        Path journal = folder.resolve("journal");
        CliTestSupport.run(folder, "migrate", "run", "-D", url, "--journal", journal.toString());
        // Checked out again with CRLF: the classic line-ending drift, for which both repairs are offered.
        Files.writeString(migrations.resolve("0001_users.sql"), USERS.replace("\n", "\r\n"));

        BackgroundExecutor executor = BackgroundExecutor.immediate();
        workspace = new WorkspaceViewModel(executor, new LogViewModel(Clock.systemUTC()), Clock.systemUTC(),
                TestFolders.journal());
        DriftViewModel drift = new DriftViewModel(workspace, executor, journal, new RepairJournal(folder.resolve("repairs")));
        FileRepairViewModel fileRepairs = new FileRepairViewModel(drift, executor,
                new FileRepairJournal(folder.resolve("repairs").resolve("files")), Clock.systemUTC(), file -> { });
        Scene scene = new Scene(new DriftView(drift, fileRepairs), 900, 600);
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
        workspace.open(Project.open(folder, null), DatabaseUrl.parse(url));
        workspace.selectedVersionProperty().set(1L);
    }

    @Test
    void bothButtonsShowTheirWholeLabels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        for (String id : new String[] {"#gitattributesButton", "#ignoredCharsButton"}) {
            Button button = robot.lookup(id).queryButton();
            assertThat(button.isVisible()).as(id).isTrue();
            assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1));
            // What is drawn, not what is set: a squeezed button draws "Add to .gitat..." from the same text.
            Text drawn = (Text) button.lookup(".text");
            assertThat(drawn.getText()).as(id).isEqualTo(button.getText());
        }
        assertThat(robot.lookup("#gitattributesButton").queryButton().getText()).isEqualTo("Add to .gitattributes");
    }
}
