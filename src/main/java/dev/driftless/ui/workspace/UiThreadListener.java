package dev.driftless.ui.workspace;

import dev.driftless.core.engine.MigrationListener;
import dev.driftless.core.engine.PlannedStep;
import dev.driftless.core.engine.StepOutcome;
import dev.driftless.ui.task.BackgroundExecutor;

import java.time.Duration;
import java.util.Optional;

/** Forwards progress from the background run to a listener on the FX thread. */
final class UiThreadListener implements MigrationListener {
    private final MigrationListener target;
    private final BackgroundExecutor executor;

    UiThreadListener(MigrationListener target, BackgroundExecutor executor) {
        this.target = target;
        this.executor = executor;
    }

    @Override
    public void waitingForLock(Optional<String> holder, Duration waited) {
        executor.onUiThread(() -> target.waitingForLock(holder, waited));
    }

    @Override
    public void stepStarting(PlannedStep step) {
        executor.onUiThread(() -> target.stepStarting(step));
    }

    @Override
    public void stepFinished(StepOutcome outcome) {
        executor.onUiThread(() -> target.stepFinished(outcome));
    }

    @Override
    public boolean stopRequested() {
        return target.stopRequested(); // a flag the dialog sets; safe to read from any thread
    }
}
