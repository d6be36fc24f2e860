package dev.driftless.ui.ledger;

import dev.driftless.ui.task.DaemonThreads;
import javafx.application.Platform;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action on the FX thread once a second while started. Unlike a {@code Timeline}, it does not
 * keep JavaFX's animation pulse running at 60 frames a second, so an idle window does not spend its
 * core on empty pulses (docs/benchmarks-window.md). Start and stop on the FX thread.
 */
final class SecondTicker {
    private static final ScheduledExecutorService TIMER =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("driftless-ticker"));

    private final Runnable action;
    private ScheduledFuture<?> running;

    SecondTicker(Runnable action) {
        this.action = action;
    }

    void play() {
        if (running == null) {
            running = TIMER.scheduleAtFixedRate(() -> Platform.runLater(this::tick), 1, 1, TimeUnit.SECONDS);
        }
    }

    void stop() {
        if (running != null) {
            running.cancel(false);
            running = null;
        }
    }

    private void tick() {
        if (running != null) {
            action.run();
        }
    }
}
