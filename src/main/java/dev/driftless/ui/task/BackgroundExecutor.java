package dev.driftless.ui.task;

import java.util.concurrent.Callable;
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
