package dev.driftless.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.driftless.ui.connection.ConnectionBar;
import dev.driftless.ui.connection.ConnectionBarViewModel;
import dev.driftless.ui.log.LogConsole;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.FxBackgroundExecutor;
import dev.driftless.ui.tree.MigrationTreeView;
import dev.driftless.ui.tree.MigrationTreeViewModel;
import dev.driftless.ui.workspace.FolderWatcher;
import dev.driftless.ui.workspace.ProjectOpener;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.application.Application;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Stage;
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
import java.util.List;

/** The Driftless window. Started by {@link dev.driftless.Main} with no arguments, or `gui DIR`. */
public final class DriftlessApp extends Application {
    static final String TITLE = "Driftless";

    private final BackgroundExecutor executor = new FxBackgroundExecutor();
    private final LogViewModel log = new LogViewModel(Clock.systemDefaultZone());
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(executor, log, Clock.systemUTC());
    private final SimpleBooleanProperty darkTheme = new SimpleBooleanProperty();
    private FolderWatcher folderWatcher;
    private Stage stage;

    /** Opens the window on a folder (the current one when launched without arguments). */
    public static void launch(Path folder) {
        Application.launch(DriftlessApp.class, folder.toAbsolutePath().toString());
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        darkTheme.addListener((observable, before, dark) -> applyTheme(dark));
        applyTheme("dark".equals(System.getProperty("driftless.theme")));
        MainWindow window = buildWindow();
        Scene scene = new Scene(window, 1280, 820);
        scene.getStylesheets().add(DriftlessApp.class.getResource("driftless.css").toExternalForm());
        acceptDroppedFolders(scene);
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
        // The first frame is up; everything that touches the disk or a database happens after it.
        List<String> parameters = getParameters().getRaw();
        openFolder(Path.of(parameters.isEmpty() ? "" : parameters.get(0)).toAbsolutePath());
    }

    @Override
    public void stop() throws IOException {
        if (folderWatcher != null) {
            folderWatcher.close();
        }
    }

    private MainWindow buildWindow() {
        MigrationTreeViewModel treeViewModel = new MigrationTreeViewModel(workspace);
        MigrationTreeView tree = new MigrationTreeView(treeViewModel, file -> log.info("open " + file));
        ConnectionBar connectionBar = new ConnectionBar(new ConnectionBarViewModel(workspace));
        Label editor = new Label("Select a migration to see its SQL");
        Label ledger = new Label();
        ledger.textProperty().bind(workspace.ledgerErrorProperty());
        Label status = new Label();
        status.setId("statusLine");
        status.textProperty().bind(Bindings.createStringBinding(() -> workspace.projectProperty().get() == null
                ? "No project open" : workspace.projectProperty().get().directory().toString(), workspace.projectProperty()));
        HBox statusLine = new HBox(status);
        statusLine.getStyleClass().add("status-line");
        statusLine.setPadding(new Insets(2, 8, 2, 8));
        return new MainWindow(commands(), connectionBar, tree, editor, ledger, new LogConsole(log), statusLine);
    }

    private List<WindowCommand> commands() {
        var idle = new SimpleBooleanProperty(false);
        return List.of(
                new WindowCommand("openFolder", "File", "Open Folder…", MaterialDesignF.FOLDER_OPEN, "Shortcut+O", true,
                        idle, this::chooseFolder),
                new WindowCommand("refresh", "View", "Refresh", MaterialDesignR.REFRESH, "F5", true, idle,
                        workspace::refresh),
                new WindowCommand("toggleTheme", "View", "Light / Dark", MaterialDesignT.THEME_LIGHT_DARK, "Shortcut+T",
                        false, idle, () -> darkTheme.set(!darkTheme.get())),
                new WindowCommand("runMigrations", "Migrations", "Run", MaterialDesignP.PLAY, "Shortcut+R", true,
                        workspace.busyProperty(), () -> log.info("run")),
                new WindowCommand("revertMigration", "Migrations", "Revert", MaterialDesignU.UNDO_VARIANT,
                        "Shortcut+Shift+R", true, workspace.busyProperty(), () -> log.info("revert")),
                new WindowCommand("shortcuts", "Help", "Keyboard Shortcuts", MaterialDesignK.KEYBOARD, "F1", false, idle,
                        () -> log.info("shortcuts")));
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

    /** Reads the folder's configuration in the background, then shows it and follows its files. */
    private void openFolder(Path folder) {
        ProjectOpener opener = new ProjectOpener(System.getenv());
        executor.submit(() -> opener.open(folder), opened -> {
            workspace.open(opened.project(), opened.database());
            if (opened.databaseProblem() != null) {
                log.warning(opened.databaseProblem());
            }
            watch(opened.project().migrationsDirectory());
        }, failure -> log.error("cannot open " + folder + ": " + failure.getMessage()));
    }

    private void watch(Path migrations) {
        executor.submit(() -> {
            if (folderWatcher != null) {
                folderWatcher.close();
            }
            return Files.isDirectory(migrations) ? FolderWatcher.start(migrations, workspace::refresh) : null;
        }, watcher -> folderWatcher = watcher, failure -> log.warning("not following " + migrations + ": "
                + failure.getMessage()));
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
