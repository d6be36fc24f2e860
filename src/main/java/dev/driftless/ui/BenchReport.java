package dev.driftless.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.lang.management.ManagementFactory;

/**
 * Start-up milestones for the window benchmark (docs/benchmarks-window.md), printed to stderr only
 * when {@code -Ddriftless.bench.reportShown=true}: {@code shown-after-ms N} when the stage is first
 * shown and {@code rows-shown-after-ms N} after the layout pass that follows the first rows. N is the
 * JVM's uptime. Without the property nothing is registered.
 */
final class BenchReport {
    static final boolean ENABLED = Boolean.getBoolean("driftless.bench.reportShown");

    private BenchReport() {
    }

    static void watch(Stage stage, Scene scene, ObservableList<?> rows) {
        if (!ENABLED) {
            return;
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, event -> print("shown-after-ms"));
        rows.addListener(new ListChangeListener<Object>() {
            @Override
            public void onChanged(Change<?> change) {
                if (!rows.isEmpty()) {
                    rows.removeListener(this);
                    scene.addPostLayoutPulseListener(new Runnable() {
                        @Override
                        public void run() {
                            scene.removePostLayoutPulseListener(this);
                            print("rows-shown-after-ms");
                        }
                    });
                }
            }
        });
    }

    private static void print(String what) {
        System.err.println(what + " " + ManagementFactory.getRuntimeMXBean().getUptime());
        System.err.flush();
    }
}
