package dev.driftless.ui.workspace;

import dev.driftless.ui.demo.DemoProject;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.settings.Settings;
import dev.driftless.ui.task.BackgroundExecutor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which project the window has open: opens the first one at start-up and any folder asked for later, in the
 * background (its configuration, files and ledger), hands it to the workspace, keeps the recent projects and
 * follows the migrations folder so that files changed on disk are read again.
 */
public final class ProjectSession implements AutoCloseable {
    private final BackgroundExecutor executor;
    private final WorkspaceViewModel workspace;
    private final LogViewModel log;
    private final Settings settings;
    private final Path dataFolder;
    private final ProjectOpener opener;
    private final Runnable filesChanged;
    private final SimpleBooleanProperty demo = new SimpleBooleanProperty();
    private final ObservableList<Path> recentProjects = FXCollections.observableArrayList();
    private FolderWatcher folderWatcher;

    /**
     * @param settings     where the recent projects are kept
     * @param environment  where DATABASE_URL is looked up, as on the command line
     * @param filesChanged called on the FX thread after the workspace was asked to read files changed on disk
     */
    public ProjectSession(BackgroundExecutor executor, WorkspaceViewModel workspace, LogViewModel log,
                          Settings settings, Path dataFolder, Map<String, String> environment, Runnable filesChanged) {
        this.executor = executor;
        this.workspace = workspace;
        this.log = log;
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.opener = new ProjectOpener(environment);
        this.filesChanged = filesChanged;
        recentProjects.setAll(settings.recentProjects());
    }

    /** Whether the open project is the bundled demo. */
    public ReadOnlyBooleanProperty demoProperty() {
        return demo;
    }

    /** The recently opened projects, newest first (the demo is never one). */
    public ObservableList<Path> recentProjects() {
        return FXCollections.unmodifiableObservableList(recentProjects);
    }

    /** Opens the folder the window was started in, else the most recent project, else the demo. */
    public void openStartupProject(Path launchFolder) {
        List<Path> recent = settings.recentProjects();
        executor.submit(() -> withFirstSnapshot(StartupProject.choose(launchFolder, recent, dataFolder, opener)),
                this::show, failure -> log.error("cannot open a project: " + failure.getMessage()));
    }

    /** Reads the folder's configuration, files and ledger in the background, then shows it and follows its files. */
    public void openFolder(Path folder) {
        executor.submit(() -> withFirstSnapshot(opener.open(folder)), this::show,
                failure -> log.error("cannot open " + folder + ": " + failure.getMessage()));
    }

    /**
     * Reads the files and the ledger in the task that opened the project, rather than in a second one started
     * from the FX thread, which is busy with the window's first frames at start-up.
     */
    private OpenedProject withFirstSnapshot(ProjectOpener.Opened opened) {
        WorkspaceSnapshot snapshot;
        try {
            snapshot = WorkspaceLoader.load(opened.project(), opened.database(), executor.sideWork());
        } catch (RuntimeException e) {
            snapshot = null; // the workspace reads it again, and shows why it cannot
        }
        return new OpenedProject(opened, snapshot);
    }

    private record OpenedProject(ProjectOpener.Opened opened, WorkspaceSnapshot firstSnapshot) {
    }

    private void show(OpenedProject loaded) {
        ProjectOpener.Opened opened = loaded.opened();
        Path folder = opened.project().directory();
        demo.set(DemoProject.isDemo(folder));
        if (!demo.get()) {
            settings.addRecentProject(folder);
            recentProjects.setAll(settings.recentProjects());
        }
        workspace.open(opened.project(), opened.database(), loaded.firstSnapshot());
        if (opened.databaseProblem() != null) {
            log.warning(opened.databaseProblem());
        }
        watch(opened.project().migrationsDirectory());
    }

    private void watch(Path migrations) {
        executor.submit(() -> {
            closeWatcher();
            return Files.isDirectory(migrations)
                    ? FolderWatcher.start(migrations, () -> executor.onUiThread(this::migrationFilesChanged)) : null;
        }, watcher -> folderWatcher = watcher, failure -> log.warning("not following " + migrations + ": "
                + failure.getMessage()));
    }

    /** Files changed on disk (another editor, git, a repair in the Drift tab): statuses are read again. */
    private void migrationFilesChanged() {
        workspace.refresh();
        filesChanged.run();
    }

    /** Stops following the folder. */
    @Override
    public void close() throws IOException {
        closeWatcher();
    }

    private void closeWatcher() throws IOException {
        if (folderWatcher != null) {
            folderWatcher.close();
        }
    }
}
