package dev.driftless.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.driftless.project.Project;
import dev.driftless.ui.demo.DemoProject;
import dev.driftless.ui.drift.DriftRepairs;
import dev.driftless.ui.settings.Settings;
import dev.driftless.ui.settings.SettingsStore;
import dev.driftless.ui.settings.Theme;
import dev.driftless.ui.settings.WindowBounds;
import dev.driftless.ui.settings.WindowPlacement;
import dev.driftless.ui.task.AfterLayout;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.ProjectSession;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.input.TransferMode;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Driftless window on one stage: puts the {@link MainLayer} of the panes ({@link WindowPanes}) and commands
 * ({@link WindowCommands}) on it, over the shared {@link MainModel}, and looks after what belongs to the stage:
 * title, icons, theme, geometry, dropped folders and closing. {@link DriftlessApp} creates it for the real
 * application; tests create it with their own settings folder and environment.
 */
public final class AppWindow {
    static final String TITLE = "Driftless";
    private static final String SPLIT_SIDES = "sides";
    private static final String SPLIT_MAIN = "main";

    private final Stage stage;
    private final MainModel model;
    private final WindowDialogs dialogs;
    private final MainLayer layer;

    /**
     * @param settings    already loaded (off the FX thread) from {@code settingsStore}
     * @param environment where DATABASE_URL is looked up, as on the command line
     */
    public AppWindow(Stage stage, BackgroundExecutor executor, SettingsStore settingsStore, Settings settings,
                     Path dataFolder, Map<String, String> environment) {
        this.stage = stage;
        this.model = new MainModel(executor, settingsStore, settings, dataFolder, environment);
        this.dialogs = new WindowDialogs(stage);
        Navigation navigation = new Navigation(model);
        StageActions stageActions = new StageActions(this::chooseFolder, this::useTheme, this::quit);
        DriftRepairs driftRepairs = WindowPanes.driftRepairs(model);
        this.layer = new MainLayer(WindowCommands.of(model, dialogs, stageActions, navigation),
                WindowPanes.of(model, navigation, driftRepairs, this::chooseFolder));
        layer.addToMenu("Migrations", new DriftRepairMenu(driftRepairs, () -> stage,
                () -> layer.select(Navigation.DRIFT)));
        navigation.attach(layer);
    }

    /** Shows the window, then opens the first project in the background. */
    public void show(Path launchFolder) {
        Settings settings = model.settings();
        applyTheme(settings.theme());
        WindowBounds placed = WindowPlacement.place(settings.window(), screens());
        Scene scene = new Scene(layer, placed.width(), placed.height());
        List<String> stylesheets = List.of(AppWindow.class.getResource("driftless.css").toExternalForm(),
                CodeFont.stylesheet());
        scene.getStylesheets().addAll(stylesheets);
        WindowStylesheets.giveEveryWindow(stylesheets);
        acceptDroppedFolders(scene);
        stage.setTitle(TITLE);
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            stage.getIcons().add(new Image(AppWindow.class.getResourceAsStream("icons/driftless-" + size + ".png")));
        }
        restoreGeometry(placed);
        ProjectSession session = model.session();
        showRecentProjects();
        session.recentProjects().addListener((ListChangeListener<Path>) change -> showRecentProjects());
        model.workspace().projectProperty().addListener((observable, before, project) -> showTitle());
        session.demoProperty().addListener((observable, before, demo) -> showTitle());
        stage.setOnCloseRequest(event -> {
            if (!mayClose()) {
                event.consume();
            }
        });
        stage.setScene(scene);
        BenchReport.watch(stage, scene, model.workspace().rows(), model.workspace().selectedVersionProperty());
        stage.show();
        AfterLayout.run(layer, () -> Platform.runLater(layer::buildDeferredTabs));
        // The first frame is up; everything that touches the disk or a database happens after it.
        // (Starting it before the frame was measured slower on a busy 2-CPU machine: docs/benchmarks-window.md.)
        session.openStartupProject(launchFolder.toAbsolutePath());
    }

    public WorkspaceViewModel workspace() {
        return model.workspace();
    }

    /** What the panes share, for tests that drive the window through it. */
    MainModel model() {
        return model;
    }

    /** Reads the folder's configuration, files and ledger in the background, then shows it and follows its files. */
    public void openFolder(Path folder) {
        model.session().openFolder(folder);
    }

    /** Stops following the folder and saves the window's geometry and theme; small and at exit, so written right here. */
    public void close() throws IOException {
        model.session().close();
        Settings settings = model.settings();
        settings.setWindow(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
        double[] dividers = layer.dividerPositions();
        settings.setSplitPosition(SPLIT_SIDES, dividers[0]);
        settings.setSplitPosition(SPLIT_MAIN, dividers[1]);
        model.saveSettingsNow();
    }

    private void showRecentProjects() {
        layer.showRecentProjects(List.copyOf(model.session().recentProjects()), this::openFolder);
    }

    private void showTitle() {
        Project project = model.workspace().projectProperty().get();
        boolean demo = model.session().demoProperty().get();
        stage.setTitle(project == null ? TITLE : TITLE + " — " + project.directory().getFileName()
                + (demo ? " (" + DemoProject.LABEL + ")" : ""));
    }

    private void chooseFolder() {
        dialogs.chooseFolder().ifPresent(this::openFolder);
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
        Settings settings = model.settings();
        layer.restoreDividerPositions(settings.splitPosition(SPLIT_SIDES).orElse(MainLayer.SIDE_SHARE),
                settings.splitPosition(SPLIT_MAIN).orElse(MainLayer.UPPER_SHARE));
    }

    private void useTheme(Theme theme) {
        model.settings().setTheme(theme);
        applyTheme(theme);
    }

    /** File > Quit: as the window's close button, so unsaved edits are asked about first. */
    private void quit() {
        if (mayClose()) {
            stage.close();
        }
    }

    /** True unless files have unsaved edits and the person chose to keep them. */
    private boolean mayClose() {
        return !model.editorTabs().hasUnsavedChanges() || dialogs.confirmDiscard();
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
