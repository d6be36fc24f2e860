package dev.driftless.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.repair.FileRepairJournal;
import dev.driftless.core.repair.RepairJournal;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.ui.actions.AddMigrationDialog;
import dev.driftless.ui.actions.RevertDialog;
import dev.driftless.ui.actions.RunDialog;
import dev.driftless.ui.connection.ConnectionBar;
import dev.driftless.ui.connection.ConnectionBarViewModel;
import dev.driftless.ui.connection.SavedConnectionsViewModel;
import dev.driftless.ui.demo.DemoProject;
import dev.driftless.ui.drift.DriftBadges;
import dev.driftless.ui.drift.DriftView;
import dev.driftless.ui.drift.DriftViewModel;
import dev.driftless.ui.drift.FileRepairViewModel;
import dev.driftless.ui.editor.EditorTabsView;
import dev.driftless.ui.editor.EditorTabsViewModel;
import dev.driftless.ui.editor.SqlEditorPane;
import dev.driftless.ui.ledger.LedgerPoller;
import dev.driftless.ui.ledger.LedgerView;
import dev.driftless.ui.ledger.LedgerViewModel;
import dev.driftless.ui.log.LogConsole;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.settings.Settings;
import dev.driftless.ui.settings.SettingsStore;
import dev.driftless.ui.settings.Theme;
import dev.driftless.ui.settings.WindowBounds;
import dev.driftless.ui.settings.WindowPlacement;
import dev.driftless.ui.task.AfterLayout;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.FxBackgroundExecutor;
import dev.driftless.ui.tree.MigrationTreeView;
import dev.driftless.ui.tree.MigrationTreeViewModel;
import dev.driftless.ui.workspace.FolderWatcher;
import dev.driftless.ui.workspace.ProjectOpener;
import dev.driftless.ui.workspace.StartupProject;
import dev.driftless.ui.workspace.WorkspaceLoader;
import dev.driftless.ui.workspace.WorkspaceSnapshot;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import dev.driftless.userdata.DataFolder;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Driftless window and everything behind it, built for one stage. {@link DriftlessApp} creates
 * it for the real application; tests create it with their own settings folder and environment.
 */
public final class AppWindow {
    static final String TITLE = "Driftless";
    private static final String SPLIT_SIDES = "sides";
    private static final String SPLIT_MAIN = "main";
    private static final Duration EDITOR_WARM_UP_DELAY = Duration.seconds(1);

    private final BackgroundExecutor executor;
    private final LogViewModel log;
    private final WorkspaceViewModel workspace;
    private final SimpleBooleanProperty demo = new SimpleBooleanProperty();
    private final SimpleBooleanProperty never = new SimpleBooleanProperty(false);
    private final SettingsStore settingsStore;
    private final Settings settings;
    private final Path dataFolder;
    private final Map<String, String> environment;
    private final Stage stage;
    private final MainWindow window;
    private final EditorTabsViewModel editorTabs;
    private FolderWatcher folderWatcher;

    /**
     * @param settings    already loaded (off the FX thread) from {@code settingsStore}
     * @param environment where DATABASE_URL is looked up, as on the command line
     */
    public AppWindow(Stage stage, BackgroundExecutor executor, SettingsStore settingsStore, Settings settings,
                     Path dataFolder, Map<String, String> environment) {
        this.stage = stage;
        this.executor = executor;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.environment = Map.copyOf(environment);
        this.log = new LogViewModel(Clock.systemDefaultZone());
        this.workspace = new WorkspaceViewModel(executor, log, Clock.systemUTC(), DataFolder.journalIn(dataFolder));
        this.editorTabs = new EditorTabsViewModel(executor, ZoneId.systemDefault());
        this.window = buildWindow();
    }

    /** Shows the window, then opens the first project in the background. */
    public void show(Path launchFolder) {
        applyTheme(settings.theme());
        WindowBounds placed = WindowPlacement.place(settings.window(), screens());
        Scene scene = new Scene(window, placed.width(), placed.height());
        scene.getStylesheets().add(AppWindow.class.getResource("driftless.css").toExternalForm());
        acceptDroppedFolders(scene);
        stage.setTitle(TITLE);
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(AppWindow.class.getResourceAsStream("icons/driftless-" + size + ".png")));
        }
        restoreGeometry(placed);
        window.showRecentProjects(settings.recentProjects(), this::openFolder);
        stage.setOnCloseRequest(event -> {
            if (editorTabs.hasUnsavedChanges() && !confirmDiscard()) {
                event.consume();
            }
        });
        stage.setScene(scene);
        BenchReport.watch(stage, scene, workspace.rows(), workspace.selectedVersionProperty());
        stage.show();
        AfterLayout.run(window, () -> Platform.runLater(window::buildDeferredTabs));
        // The first frame is up; everything that touches the disk or a database happens after it.
        // (Starting it before the frame was measured slower on a busy 2-CPU machine: docs/benchmarks-window.md.)
        openStartupProject(launchFolder.toAbsolutePath());
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    /** Stops watching and saves the window's geometry and theme; small and at exit, so written right here. */
    public void close() throws IOException {
        if (folderWatcher != null) {
            folderWatcher.close();
        }
        settings.setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        double[] dividers = window.dividerPositions();
        settings.setSplitPosition(SPLIT_SIDES, dividers[0]);
        settings.setSplitPosition(SPLIT_MAIN, dividers[1]);
        settingsStore.save(settings);
    }

    private MainWindow buildWindow() {
        MigrationTreeViewModel treeViewModel = new MigrationTreeViewModel(workspace);
        MigrationTreeView tree = new MigrationTreeView(treeViewModel, file -> editorTabs.open(file, null),
                this::showDiagnosis);
        ConnectionBar connectionBar = new ConnectionBar(new ConnectionBarViewModel(workspace),
                new SavedConnectionsViewModel(workspace, settings, this::saveSettings));
        EditorTabsView editor = new EditorTabsView(editorTabs, SqlDialect.POSTGRESQL, this::showDiagnosis);
        workspace.rows().addListener((ListChangeListener<StatusRow>) change -> editorTabs.updateStatus(workspace.rows()));
        workspace.selectedVersionProperty().addListener((observable, before, version) -> openSelected(version));
        LedgerPoller poller = new LedgerPoller(executor, Clock.systemUTC(), workspace::refresh);
        LedgerView ledger = new LedgerView(new LedgerViewModel(workspace, poller, Clock.systemUTC()), this::showDiagnosis);
        // The same data folder as the workspace's runs, so the journal they keep explains the drift.
        Path journal = DataFolder.journalIn(dataFolder);
        DriftViewModel drift = new DriftViewModel(workspace, executor, journal,
                new RepairJournal(DataFolder.repairsIn(dataFolder)));
        DriftBadges badges = new DriftBadges(workspace, executor, journal);
        tree.showBadges(badges.classifications());
        ledger.showBadges(badges.classifications());
        List<WindowCommand> commands = commands();
        FileRepairViewModel fileRepairs = new FileRepairViewModel(drift, executor,
                new FileRepairJournal(DataFolder.fileRepairsIn(dataFolder)), Clock.systemUTC());
        // The Drift and Log views are built after the first frame (or when brought forward): they are
        // not on it, and the drift view's diff area is the first RichTextFX area of the process.
        return new MainWindow(commands, demoBanner(), connectionBar, tree, editor, ledger,
                () -> new DriftView(drift, fileRepairs), () -> new LogConsole(log), statusLine());
    }

    /** Selecting a migration in the tree or the ledger shows its up file, and what changed if it needs attention (see MainWindow). */
    private void openSelected(Long version) {
        if (version != null) {
            workspace.row(version).filter(row -> row.status().needsAttention())
                    .ifPresent(row -> window.showDriftUnlessInLedger());
            workspace.row(version).filter(row -> row.migration() != null)
                    .ifPresent(row -> editorTabs.open(row.migration().upFile(), row));
        }
    }

    /** "Show what changed" in the tree, the ledger or an editor banner: selects the migration, brings the Drift tab forward. */
    private void showDiagnosis(long version) {
        workspace.selectedVersionProperty().set(version);
        window.showDrift();
    }

    private HBox demoBanner() {
        Label text = new Label("This is the demo project: a small shop schema on SQLite in your data folder, "
                + "with one migration pending and one edited after it was applied.");
        text.setWrapText(true);
        Button open = new Button("Open Folder…", new FontIcon(MaterialDesignF.FOLDER_OPEN));
        open.setId("demoOpenFolder");
        open.getStyleClass().add("accent");
        open.setOnAction(event -> chooseFolder());
        HBox banner = new HBox(12, new Label(DemoProject.LABEL), text, open);
        banner.setId("demoBanner");
        banner.getStyleClass().add("demo-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.setPadding(new Insets(6, 8, 6, 8));
        banner.visibleProperty().bind(demo);
        banner.managedProperty().bind(demo);
        return banner;
    }

    private HBox statusLine() {
        Label status = new Label();
        status.setId("statusLine");
        status.textProperty().bind(Bindings.createStringBinding(() -> workspace.projectProperty().get() == null
                ? "Opening…" : (demo.get() ? DemoProject.LABEL + " · " : "")
                + workspace.projectProperty().get().directory(), workspace.projectProperty(), demo));
        HBox statusLine = new HBox(status);
        statusLine.getStyleClass().add("status-line");
        statusLine.setPadding(new Insets(2, 8, 2, 8));
        return statusLine;
    }

    private List<WindowCommand> commands() {
        List<WindowCommand> commands = new ArrayList<>(List.of(
                new WindowCommand("openFolder", "File", "Open Folder…", MaterialDesignF.FOLDER_OPEN, "Shortcut+O", true,
                        never, this::chooseFolder),
                new WindowCommand("refresh", "View", "Refresh", MaterialDesignR.REFRESH, "F5", true, never,
                        workspace::refresh),
                new WindowCommand("toggleTheme", "View", "Light / Dark Theme", MaterialDesignT.THEME_LIGHT_DARK,
                        "Shortcut+T", false, never, this::toggleTheme),
                new WindowCommand("addMigration", "Migrations", "Add…", MaterialDesignP.PLUS, "Shortcut+N", true,
                        workspace.busyProperty(), () -> showDialog(new AddMigrationDialog(workspace, Clock.systemUTC(),
                        created -> editorTabs.open(created.get(0), null)))),
                new WindowCommand("runMigrations", "Migrations", "Run…", MaterialDesignP.PLAY, "Shortcut+R", true,
                        workspace.busyProperty(), () -> showDialog(new RunDialog(workspace, executor, editorTabs::openAt))),
                new WindowCommand("revertMigration", "Migrations", "Revert…", MaterialDesignU.UNDO_VARIANT,
                        "Shortcut+Shift+R", true, workspace.busyProperty(),
                        () -> showDialog(new RevertDialog(workspace, executor, editorTabs::openAt)))));
        commands.add(new WindowCommand("shortcuts", "Help", "Keyboard Shortcuts", MaterialDesignK.KEYBOARD, "F1", false,
                never, () -> showDialog(new ShortcutsDialog(commands))));
        return List.copyOf(commands);
    }

    /** Writes the settings in the background: a named connection was added or removed. */
    private void saveSettings() {
        executor.submit(() -> {
            settingsStore.save(settings);
            return null;
        }, saved -> { }, failure -> log.warning("settings not saved: " + failure.getMessage()));
    }

    private void showDialog(Dialog<?> dialog) {
        dialog.initOwner(stage);
        dialog.show();
    }

    private boolean confirmDiscard() {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Some files have unsaved changes. Close anyway and lose them?",
                ButtonType.CANCEL, ButtonType.OK);
        alert.setHeaderText("Unsaved changes");
        alert.initOwner(stage);
        return alert.showAndWait().filter(ButtonType.OK::equals).isPresent();
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a project folder (with migrations/ or sqlx.toml)");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            openFolder(chosen.toPath());
        }
    }

    private void acceptDroppedFolders(Scene scene) {
        scene.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && event.getDragboard().getFiles().get(0).isDirectory()) {
                event.acceptTransferModes(TransferMode.LINK);
            }
            event.consume();
        });
        scene.setOnDragDropped(event -> {
            boolean folder = event.getDragboard().hasFiles() && event.getDragboard().getFiles().get(0).isDirectory();
            if (folder) {
                openFolder(event.getDragboard().getFiles().get(0).toPath());
            }
            event.setDropCompleted(folder);
            event.consume();
        });
    }

    private void openStartupProject(Path launchFolder) {
        ProjectOpener opener = new ProjectOpener(environment);
        List<Path> recent = settings.recentProjects();
        executor.submit(() -> withFirstSnapshot(StartupProject.choose(launchFolder, recent, dataFolder, opener)),
                this::show, failure -> log.error("cannot open a project: " + failure.getMessage()));
    }

    /** Reads the folder's configuration, files and ledger in the background, then shows it and follows its files. */
    public void openFolder(Path folder) {
        ProjectOpener opener = new ProjectOpener(environment);
        executor.submit(() -> withFirstSnapshot(opener.open(folder)), this::show,
                failure -> log.error("cannot open " + folder + ": " + failure.getMessage()));
    }

    /**
     * Reads the files and the ledger in the task that opened the project, rather than in a second one started
     * from the FX thread, which is busy with the window's first frames at start-up.
     */
    private static OpenedProject withFirstSnapshot(ProjectOpener.Opened opened) {
        WorkspaceSnapshot snapshot;
        try {
            snapshot = WorkspaceLoader.load(opened.project(), opened.database());
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
        }
        window.showRecentProjects(settings.recentProjects(), this::openFolder);
        workspace.open(opened.project(), opened.database(), loaded.firstSnapshot());
        warmUpEditorSoon();
        if (opened.databaseProblem() != null) {
            log.warning(opened.databaseProblem());
        }
        stage.setTitle(TITLE + " — " + folder.getFileName() + (demo.get() ? " (" + DemoProject.LABEL + ")" : ""));
        watch(opened.project().migrationsDirectory());
    }

    /**
     * A second after a project is shown, when the start's own work is done, the editor's loading code is warmed
     * up in the background (once per process, see SqlEditorPane.warmUpInBackground).
     */
    private static void warmUpEditorSoon() {
        PauseTransition delay = new PauseTransition(EDITOR_WARM_UP_DELAY);
        delay.setOnFinished(event -> SqlEditorPane.warmUpInBackground(SqlDialect.POSTGRESQL));
        delay.play();
    }

    private void watch(Path migrations) {
        executor.submit(() -> {
            if (folderWatcher != null) {
                folderWatcher.close();
            }
            return Files.isDirectory(migrations)
                    ? FolderWatcher.start(migrations, () -> executor.onUiThread(this::migrationFilesChanged)) : null;
        }, watcher -> folderWatcher = watcher, failure -> log.warning("not following " + migrations + ": "
                + failure.getMessage()));
    }

    /**
     * Files changed on disk (another editor, git, a repair in the Drift tab): statuses are read
     * again, and open files without unsaved edits show the new content (with edits: the conflict prompt).
     */
    private void migrationFilesChanged() {
        workspace.refresh();
        editorTabs.reloadChangedFiles();
    }

    /** The visual bounds of every screen, the primary first, in logical pixels (HiDPI scaling applied). */
    private static List<Rectangle2D> screens() {
        List<Rectangle2D> screens = new ArrayList<>(List.of(Screen.getPrimary().getVisualBounds()));
        Screen.getScreens().stream().filter(screen -> !screen.equals(Screen.getPrimary()))
                .map(Screen::getVisualBounds).forEach(screens::add);
        return screens;
    }

    private void restoreGeometry(WindowBounds placed) {
        stage.setX(placed.x());
        stage.setY(placed.y());
        stage.setWidth(placed.width());
        stage.setHeight(placed.height());
        stage.setMaximized(placed.maximized());
        window.restoreDividerPositions(settings.splitPosition(SPLIT_SIDES).orElse(MainWindow.TREE_SHARE),
                settings.splitPosition(SPLIT_MAIN).orElse(MainWindow.UPPER_SHARE));
    }

    private void toggleTheme() {
        Theme next = settings.theme() == Theme.DARK ? Theme.LIGHT : Theme.DARK;
        settings.setTheme(next);
        applyTheme(next);
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
