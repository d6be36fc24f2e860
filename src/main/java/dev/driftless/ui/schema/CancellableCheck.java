package dev.driftless.ui.schema;

import dev.driftless.ui.task.BackgroundExecutor;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Background work that Cancel interrupts: its worker thread is known while it runs, so an interrupt reaches
 * exactly it (the checks stop between migrations and drop their shadow), never the work the pool's thread
 * takes up next. Cancelled before it started, it does not start and fails with InterruptedException.
 */
final class CancellableCheck {
    private final BackgroundExecutor executor;
    // Guarded by this: set on the worker, read by cancel() on the FX thread.
    private Thread worker;
    private boolean cancelled;

    CancellableCheck(BackgroundExecutor executor) {
        this.executor = executor;
    }

    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        synchronized (this) {
            cancelled = false;
        }
        executor.submit(() -> {
            synchronized (this) {
                if (cancelled) {
                    throw new InterruptedException();
                }
                worker = Thread.currentThread();
            }
            try {
                return work.call();
            } finally {
                synchronized (this) {
                    worker = null;
                    // An interrupt that came after the work's last look at it must not reach the pool's next task.
                    Thread.interrupted();
                }
            }
        }, onSuccess, onFailure);
    }

    synchronized void cancel() {
        cancelled = true;
        if (worker != null) {
            worker.interrupt();
        }
    }
}
