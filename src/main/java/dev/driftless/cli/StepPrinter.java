package dev.driftless.cli;

import dev.driftless.core.engine.PlannedStep;
import dev.driftless.core.engine.StepOutcome;
import dev.driftless.core.engine.MigrationListener;

import java.time.Duration;
import java.util.Optional;

/** Prints each step as sqlx-cli does (`Applied 1/migrate create users (1.2ms)`); notes go to stderr. */
final class StepPrinter implements MigrationListener {
    private static final Duration LOCK_NOTE_INTERVAL = Duration.ofSeconds(5);
    private final CliContext context;
    private Duration nextLockNote = Duration.ZERO;

    StepPrinter(CliContext context) {
        this.context = context;
    }

    @Override
    public void waitingForLock(Optional<String> holder, Duration waited) {
        if (waited.compareTo(nextLockNote) >= 0) {
            context.err().println("waiting for the migration lock"
                    + holder.map(who -> " held by " + who).orElse("")
                    + " (" + waited.toSeconds() + " s so far)");
            context.err().flush();
            nextLockNote = waited.plus(LOCK_NOTE_INTERVAL);
        }
    }

    @Override
    public void warning(String message) {
        context.err().println("warning: " + message);
        context.err().flush();
    }

    @Override
    public void stepFinished(StepOutcome outcome) {
        PlannedStep step = outcome.step();
        if (step.outOfOrder() && outcome.result() != StepOutcome.Result.SKIPPED) {
            context.err().println("warning: migration " + step.migration().version()
                    + " is older than the latest applied migration (out of order); sqlx applies it silently");
        }
        context.out().println(outcome.result().word() + " " + step.migration().version() + "/"
                + step.direction().label() + " " + step.migration().description()
                + " (" + RustDuration.format(outcome.elapsedNanos()) + ")");
        context.out().flush();
    }
}
