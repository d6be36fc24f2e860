package dev.driftless.bench.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;

import java.lang.management.ManagementFactory;

/**
 * The start-up floor of the window benchmark: a hello-world JavaFX window holding one RichTextFX
 * {@link CodeArea}, the same size as Driftless's. Prints {@code shown-after-ms N} (JVM uptime) to
 * stderr when the stage is first shown, as Driftless does under {@code -Ddriftless.bench.reportShown=true}.
 * Started through {@link FloorLauncher}.
 */
public final class FloorApp extends Application {
    @Override
    public void start(Stage stage) {
        CodeArea area = new CodeArea("SELECT 1;\n");
        // -Dbench.floorCaret=false: nothing takes the focus, so no caret blinks (the toolkit's own idle baseline).
        area.setFocusTraversable(Boolean.parseBoolean(System.getProperty("bench.floorCaret", "true")));
        stage.setTitle("Floor");
        stage.setScene(new Scene(new VirtualizedScrollPane<>(area), 1280, 820));
        stage.setOnShown(event -> {
            System.err.println("shown-after-ms " + ManagementFactory.getRuntimeMXBean().getUptime());
            System.err.flush();
        });
        stage.show();
    }
}
