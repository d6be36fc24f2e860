package dev.driftless.core.engine;

import dev.driftless.core.source.Migration;

/**
 * One line of a plan: a migration to run, or one listed but left alone (above or at the target).
 *
 * @param outOfOrder applying a version below one already applied (sqlx does it silently)
 */
public record PlannedStep(Migration migration, Direction direction, Action action, boolean outOfOrder) {

    /** Whether the step runs. */
    public enum Action { RUN, SKIP }

    public boolean runs() {
        return action == Action.RUN;
    }
}
