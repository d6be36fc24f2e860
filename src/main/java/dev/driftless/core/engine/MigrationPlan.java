package dev.driftless.core.engine;

import java.util.List;

/** What a run or revert will do, in order, computed before anything touches the database. */
public record MigrationPlan(Direction direction, List<PlannedStep> steps) {
    public MigrationPlan {
        steps = List.copyOf(steps);
    }

    public List<PlannedStep> toRun() {
        return steps.stream().filter(PlannedStep::runs).toList();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }
}
