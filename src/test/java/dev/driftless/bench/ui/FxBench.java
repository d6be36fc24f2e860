package dev.driftless.bench.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** What the window benchmark's harnesses share: a toolkit, a themed stage, work on the FX thread, timed steps. */
final class FxBench {
    private FxBench() {
    }

    static void startToolkit() throws Exception {
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
    }

    /** A 1280×820 stage with the window's theme: without it every new cell logs unresolved colour look-ups. */
    static Scene show(Parent root, String title) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Stage stage = new Stage();
        Scene created = new Scene(root, 1280, 820);
        stage.setScene(created);
        stage.setTitle(title);
        stage.show();
        return created;
    }

    static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    /** Nanosecond times of one step: when it started, when its own call returned, when the next layout pass ended. */
    record Step(long started, long returned, long laidOut) {
        long toLayoutMicros() {
            return (laidOut - started) / 1000;
        }

        long callMicros() {
            return (returned - started) / 1000;
        }
    }

    /** Runs {@code step} on the FX thread in a pulse of its own and waits for the end of the layout pass after it. */
    static Step timeStep(Scene scene, Runnable step) throws Exception {
        long[] times = new long[2];
        CompletableFuture<Long> laidOut = new CompletableFuture<>();
        Platform.runLater(() -> {
            times[0] = System.nanoTime();
            step.run();
            times[1] = System.nanoTime();
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    laidOut.complete(System.nanoTime());
                }
            });
            Platform.requestNextPulse();
        });
        long end = laidOut.get(10, TimeUnit.SECONDS);
        Thread.sleep(20); // let the render thread finish the frame, as between a person's real steps
        return new Step(times[0], times[1], end);
    }
}
