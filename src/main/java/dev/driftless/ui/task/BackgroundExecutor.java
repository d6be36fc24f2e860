package dev.driftless.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs work (JDBC, disk, git) off the FX thread and hands the result back on it. View models
 * take one of these so tests can run them synchronously with {@link #immediate()}.
 */
public interface BackgroundExecutor {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the FX thread. */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs a callback on the FX thread (or inline in tests), e.g. progress from a background task. */
    void onUiThread(Runnable update);

    /**
     * Where a background task runs side work that it then waits for (reading the ledger while it hashes the
     * files): threads of their own, never the pool that runs the task, which could be full of tasks that
     * wait. Inline by default, as test executors run everything as it comes.
     */
    default Executor sideWork() {
        return Runnable::run;
    }

    /**
     * A lane of its own whose tasks run one at a time, in order (the editor builds one document after the
     * other, and its warm-up before the first). The executor itself by default, for tests.
     */
    default BackgroundExecutor lane(String name) {
        return this;
    }

    /** An executor that runs everything inline on the calling thread: for view model tests. */
    static BackgroundExecutor immediate() {
        return new BackgroundExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception failure) {
                    onFailure.accept(failure);
                    return;
                }
                onSuccess.accept(result);
            }

            @Override
            public void onUiThread(Runnable update) {
                update.run();
            }
        };
    }
}
