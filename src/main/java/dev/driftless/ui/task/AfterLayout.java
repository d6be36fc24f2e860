package dev.driftless.ui.task;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;

/**
 * Runs work once the scene has been laid out with what is on screen now, so that what the person
 * sees first is not kept waiting by work that can come a moment later. Call on the FX thread.
 */
public final class AfterLayout {
    private AfterLayout() {
    }

    /** Runs {@code action} once, at the end of the next layout pass of {@code node}'s scene; at once when it has none. */
    public static void run(Node node, Runnable action) {
        Scene scene = node.getScene();
        if (scene == null) {
            action.run();
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this); // the scene's listener list allows it while it runs
                action.run();
            }
        });
        Platform.requestNextPulse();
    }
}
