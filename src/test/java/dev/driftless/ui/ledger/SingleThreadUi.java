package dev.driftless.ui.ledger;

import dev.driftless.ui.task.BackgroundExecutor;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A single thread standing in for the FX thread, for tests of code that talks to its own threads:
 * updates are delivered on it, and the test reads and acts on it too, as the window would.
 * Background work runs inline on the calling thread.
 */
final class SingleThreadUi implements BackgroundExecutor, AutoCloseable {
    private static final Duration DEADLINE = Duration.ofSeconds(10);
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final AtomicInteger hops = new AtomicInteger();

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        BackgroundExecutor.immediate().submit(work, result -> onUiThread(() -> onSuccess.accept(result)),
                failure -> onUiThread(() -> onFailure.accept(failure)));
    }

    @Override
    public void onUiThread(Runnable update) {
        hops.incrementAndGet();
        thread.execute(update);
    }

    /** How many callbacks were handed to the UI thread so far: each one wakes the real FX thread. */
    int hops() {
        return hops.get();
    }

    /** Runs on the UI thread and waits for the result. */
    <T> T call(Callable<T> action) throws Exception {
        return thread.submit(action).get();
    }

    void run(Runnable action) throws Exception {
        thread.submit(action).get();
    }

    /** Waits (up to a generous deadline) until the condition, checked on the UI thread, holds. */
    void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!call(condition)) {
            assertThat(System.nanoTime()).as("waited for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Override
    public void close() {
        thread.shutdown();
    }
}
