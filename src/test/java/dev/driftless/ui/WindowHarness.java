package dev.driftless.ui;

import dev.driftless.ui.settings.SettingsStore;
import dev.driftless.ui.task.FxBackgroundExecutor;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * The real window for a TestFX test: each test gets a fresh temporary home, opens an {@link AppWindow}
 * on TestFX's stage with {@link #open}, and the window is closed after it.
 *
 * <p>A small base class rather than a field, so that the tests call {@code open}, {@code waitUntil} and
 * {@code window} as if they were their own and carry no lifecycle code. TestFX 4 looks for {@code @Start}
 * only among the test class's own methods, so the stage is taken here in a {@code @BeforeEach} instead.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WindowHarness {
    /** How long {@link #waitUntil} waits before the test fails. */
    private static final long WAIT_SECONDS = 20;

    /** The window's home: its settings, its data folder ({@code data}) and the tests' projects. */
    @TempDir
    protected Path home;

    /** The stage TestFX gives the test, which the window shows itself in. */
    protected Stage stage;

    /** The window {@link #open} made last. */
    protected AppWindow window;

    @BeforeEach
    void takeStage() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            try {
                window.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Opens the window on {@code project}, as if the process had {@code environment} (e.g. DATABASE_URL). */
    protected void open(FxRobot robot, Path project, Map<String, String> environment) {
        SettingsStore store = new SettingsStore(home.resolve("settings.json"), Optional.empty());
        robot.interact(() -> {
            window = new AppWindow(stage, new FxBackgroundExecutor(), store, store.load(), home.resolve("data"),
                    environment);
            window.show(project);
            stage.requestFocus();
        });
    }

    /** A new, empty project folder in the home; a folder with no project in it opens the demo. */
    protected Path project(String name) throws IOException {
        return Files.createDirectories(home.resolve(name));
    }

    /** Writes {@code migrations/<name>} of the project. */
    protected static void migration(Path project, String name, String content) throws IOException {
        Path file = project.resolve("migrations").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** The URL of the project's SQLite database, {@code app.db}, made on first use. */
    protected static String sqlite(Path project) {
        return "sqlite://" + project.resolve("app.db") + "?mode=rwc";
    }

    /** Waits for the condition, then for the FX thread to settle. */
    protected static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The tab pane along the bottom of the window, where the Drift, Schema and Object tabs are. */
    protected static TabPane lowerTabs(FxRobot robot) {
        return robot.lookup("#lowerTabs").queryAs(TabPane.class);
    }
}
