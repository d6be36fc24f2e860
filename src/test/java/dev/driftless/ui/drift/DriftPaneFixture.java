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
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The drift pane on a stage, over a real SQLite project whose one migration, {@code 0001_users.sql}, was run
 * through the command line (so the journal holds its applied text) and then changed on disk.
 */
final class DriftPaneFixture {
    final Path migrations;
    final WorkspaceViewModel workspace;

    private DriftPaneFixture(Path migrations, WorkspaceViewModel workspace) {
        this.migrations = migrations;
        this.workspace = workspace;
    }

    /**
     * @param clock the file repairs' clock (the version a moved edit gets)
     */
    static DriftPaneFixture show(Stage stage, Path root, String applied, String changed, Clock clock,
                                 double width, double height) throws IOException {
        Path folder = Files.createTempDirectory(root, "project");
        Path migrations = Files.createDirectories(folder.resolve("migrations"));
        Files.writeString(migrations.resolve("0001_users.sql"), applied);
        String url = "sqlite://" + folder.resolve("app.db") + "?mode=rwc";
        Path journal = folder.resolve("journal");
        CliTestSupport.run(folder, "migrate", "run", "-D", url, "--journal", journal.toString());
        Files.writeString(migrations.resolve("0001_users.sql"), changed);

        BackgroundExecutor executor = BackgroundExecutor.immediate();
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, new LogViewModel(Clock.systemUTC()),
                Clock.systemUTC(), TestFolders.journal());
        DriftViewModel drift = new DriftViewModel(workspace, executor, journal, new RepairJournal(folder.resolve("repairs")));
        FileRepairViewModel fileRepairs = new FileRepairViewModel(drift, executor,
                new FileRepairJournal(folder.resolve("repairs").resolve("files")), clock, file -> { });
        Scene scene = new Scene(new DriftView(drift, fileRepairs), width, height);
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
        workspace.open(Project.open(folder, null), DatabaseUrl.parse(url));
        return new DriftPaneFixture(migrations, workspace);
    }
}
