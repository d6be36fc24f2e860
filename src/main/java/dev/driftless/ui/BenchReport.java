package dev.driftless.ui;

import dev.driftless.ui.editor.SqlEditorPane;
import dev.driftless.ui.task.AfterLayout;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.fxmisc.richtext.CodeArea;

import java.lang.management.ManagementFactory;

/**
 * Milestones for the window benchmark (docs/benchmarks-window.md), printed to stderr only when
 * {@code -Ddriftless.bench.reportShown=true}: {@code shown-after-ms N} when the stage is first shown and
 * {@code rows-shown-after-ms N} after the layout pass that follows the first rows, N being the JVM's uptime.
 * With {@code -Ddriftless.bench.open=VERSION} too, a few seconds after the rows it selects that migration, as a
 * click in the tree does, and prints {@code open-first-screen-ms N} and {@code open-whole-ms N}: the time from
 * the selection to the layout pass showing the start of its file, then all of it, in the editor.
 * Without the properties nothing is registered.
 */
final class BenchReport {
    static final boolean ENABLED = Boolean.getBoolean("driftless.bench.reportShown");
    private static final Long OPEN_VERSION = Long.getLong("driftless.bench.open");
    /** Long enough for the start's own background work (badges, deferred tabs) to be over, as for a person. */
    private static final Duration OPEN_DELAY = Duration.seconds(3);

    private BenchReport() {
    }

    static void watch(Stage stage, Scene scene, ObservableList<?> rows, ObjectProperty<Long> selectedVersion) {
        if (!ENABLED) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, event -> print("shown-after-ms", uptime()));
        rows.addListener(new ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> change) {
                if (!rows.isEmpty()) {
                    rows.removeListener(this);
                    AfterLayout.run(scene.getRoot(), () -> {
                        print("rows-shown-after-ms", uptime());
                        if (OPEN_VERSION != null) {
                            PauseTransition delay = new PauseTransition(OPEN_DELAY);
                            delay.setOnFinished(event -> openAndReport(scene, selectedVersion, OPEN_VERSION));
                            delay.play();
                        }
                    });
                }
            }
        });
    }

    private static void openAndReport(Scene scene, ObjectProperty<Long> selectedVersion, long version) {
        Node before = scene.lookup("#sqlEditor");
        long start = System.nanoTime();
        selectedVersion.set(version);
        scene.addPostLayoutPulseListener(new Runnable() {
            private boolean firstScreenShown;

            @Override
            public void run() {
                if (!(scene.lookup("#sqlEditor") instanceof CodeArea area) || area == before || area.getLength() == 0) {
                    return; // the file's tab is not there yet, or not filled
                }
                if (!firstScreenShown) {
                    firstScreenShown = true;
                    print("open-first-screen-ms", (System.nanoTime() - start) / 1_000_000);
                }
                if (editorOf(area).isLoaded()) {
                    scene.removePostLayoutPulseListener(this);
                    print("open-whole-ms", (System.nanoTime() - start) / 1_000_000);
                }
            }
        });
    }

    private static SqlEditorPane editorOf(CodeArea area) {
        Parent parent = area.getParent();
        while (!(parent instanceof SqlEditorPane)) {
            parent = parent.getParent();
        }
        return (SqlEditorPane) parent;
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }

    private static void print(String what, long milliseconds) {
        System.err.println(what + " " + milliseconds);
        System.err.flush();
    }
}
