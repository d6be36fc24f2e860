package dev.driftless.ui;

import dev.driftless.ui.settings.Settings;
import dev.driftless.ui.settings.SettingsStore;
import dev.driftless.ui.task.DaemonThreads;
import dev.driftless.ui.task.FxBackgroundExecutor;
import dev.driftless.userdata.DataFolder;
import javafx.application.Application;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JavaFX application. Started by {@link dev.driftless.Main} with no arguments, or `gui DIR`. */
public final class DriftlessApp extends Application {
    private SettingsStore settingsStore;
    private Settings settings;
    private DataFolder directories;
    private AppWindow window;

    /**
     * The settings, read on a thread of their own while the JavaFX toolkit starts: the read is small,
     * but loading the JSON library takes a few hundred milliseconds that would otherwise delay the window.
     */
    private static volatile CompletableFuture<Settings> preloaded;

    /** Opens the window on a folder (the current one when launched without arguments). */
    public static void launch(Path folder) {
        preloaded = CompletableFuture.supplyAsync(() -> SettingsStore.forThisProcess().load(),
                runnable -> DaemonThreads.create(runnable, "driftless-settings").start());
        Application.launch(DriftlessApp.class, folder.toAbsolutePath().toString());
    }

    /** Runs on the launcher thread before the window exists: waits for (or does) the small settings read. */
    @Override
    public void init() {
        directories = DataFolder.forThisProcess();
        settingsStore = SettingsStore.forThisProcess();
        CompletableFuture<Settings> early = preloaded;
        settings = early != null ? early.join() : settingsStore.load();
    }

    @Override
    public void start(Stage stage) {
        window = new AppWindow(stage, new FxBackgroundExecutor(), settingsStore, settings, directories.path(),
                System.getenv());
        List<String> parameters = getParameters().getRaw();
        window.show(Path.of(parameters.isEmpty() ? "" : parameters.get(0)));
    }

    @Override
    public void stop() throws IOException {
        window.close();
    }
}
