package dev.driftless.testing;

import dev.driftless.ui.task.BackgroundExecutor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A background executor that holds submitted work until the test runs it, in order or not, as slow
 * background threads would: answers can arrive late, or out of order. Callbacks run inline.
 */
public final class HeldExecutor implements BackgroundExecutor {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        held.add(() -> BackgroundExecutor.immediate().submit(work, onSuccess, onFailure));
    }

    @Override
    public void onUiThread(Runnable update) {
        update.run();
    }

    /** How many submitted tasks have not run yet. */
    public int waiting() {
        return held.size();
    }

    /** Runs the oldest waiting task (and its callback). */
    public void runNext() {
        run(0);
    }

    /** Runs the waiting task at {@code index}, oldest first, ahead of older ones. */
    public void run(int index) {
        held.remove(index).run();
    }

    /** Runs waiting tasks, and those they submit, until none is left. */
    public void runAll() {
        while (!held.isEmpty()) {
            runNext();
        }
    }
}
