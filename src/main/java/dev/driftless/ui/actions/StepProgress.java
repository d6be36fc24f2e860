package dev.driftless.ui.actions;

import dev.driftless.core.engine.PlannedStep;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.Duration;

/** One line of the plan in a run or revert dialog: the planned migration and how far it got. */
public final class StepProgress {
    private final PlannedStep step;
    private final ObjectProperty<StepState> state = new SimpleObjectProperty<>(StepState.PENDING);
    private final ObjectProperty<Duration> elapsed = new SimpleObjectProperty<>();

    public StepProgress(PlannedStep step) {
        this.step = step;
    }

    public PlannedStep step() {
        return step;
    }

    public long version() {
        return step.migration().version();
    }

    public String description() {
        return step.migration().description();
    }

    public StepState state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<StepState> stateProperty() {
        return state;
    }

    /** The time the database took; null until the step is done. */
    public ReadOnlyObjectProperty<Duration> elapsedProperty() {
        return elapsed;
    }

    void start() {
        state.set(StepState.RUNNING);
    }

    void finish(StepState result, Duration took) {
        state.set(result);
        elapsed.set(took);
    }

    /** Marks a step that will not run now (stopped or failed before it); finished ones keep their state. */
    void skipIfUnfinished() {
        if (state.get() == StepState.PENDING) {
            state.set(StepState.SKIPPED);
        }
    }
}
