package dev.driftless.core.engine;

import java.time.Duration;
import java.util.Optional;

/** Follows a run or revert as it happens: lock waits, each step, and whether to stop early. */
public interface MigrationListener {
    MigrationListener NONE = outcome -> { };

    /** Called (repeatedly) while another session holds the migration lock; {@code holder} says who, when known. */
    default void waitingForLock(Optional<String> holder, Duration waited) {
    }

    default void stepStarting(PlannedStep step) {
    }

    void stepFinished(StepOutcome outcome);

    /** Something went wrong beside the migration itself (it still ran), e.g. its text could not be journalled. */
    default void warning(String message) {
    }

    /** Asked between migrations; true stops the run cleanly after the current one. */
    default boolean stopRequested() {
        return false;
    }
}
