package dev.driftless.ui.task;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** The window's executor: daemon worker threads, results delivered with Platform.runLater. */
public final class FxBackgroundExecutor implements BackgroundExecutor {
    private final ExecutorService workers;
    /** Cached: side work is short-lived, and idle threads end. */
    private final ExecutorService sideWork;

    public FxBackgroundExecutor() {
        this(Executors.newFixedThreadPool(2, DaemonThreads.named("driftless-background")),
                Executors.newCachedThreadPool(DaemonThreads.named("driftless-side-work")));
    }

    private FxBackgroundExecutor(ExecutorService workers, ExecutorService sideWork) {
        this.workers = workers;
        this.sideWork = sideWork;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        workers.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error failure) {
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }

    @Override
    public void onUiThread(Runnable update) {
        if (Platform.isFxApplicationThread()) {
            update.run();
        } else {
            Platform.runLater(update);
        }
    }

    @Override
    public Executor sideWork() {
        return sideWork;
    }

    @Override
    public BackgroundExecutor lane(String name) {
        return new FxBackgroundExecutor(Executors.newSingleThreadExecutor(DaemonThreads.named(name)), sideWork);
    }
}
