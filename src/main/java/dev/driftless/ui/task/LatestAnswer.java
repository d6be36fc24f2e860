package dev.driftless.ui.task;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Background questions of which only the newest answer counts: a pane that asks again (the selection
 * moved, the file changed) must never be overwritten by the late answer to an earlier question.
 * Each question supersedes all earlier ones; the answer or failure of a superseded one is dropped,
 * and its work is skipped when it has not started yet.
 */
public final class LatestAnswer {
    private final BackgroundExecutor executor;
    // Read by background threads (to skip superseded work), written on the FX thread.
    private final AtomicLong newest = new AtomicLong();

    public LatestAnswer(BackgroundExecutor executor) {
        this.executor = executor;
    }

    /** Asks a new question now, superseding every earlier one; its work is submitted with {@link Question#submit}. */
    public Question ask() {
        return new Question(newest.incrementAndGet());
    }

    /** Asks and submits at once. */
    public <T> void submit(Callable<T> work, Consumer<T> onAnswer, Consumer<Throwable> onFailure) {
        ask().submit(work, onAnswer, onFailure);
    }

    /** Drops every answer still to come, e.g. when there is nothing left to ask about. */
    public void cancel() {
        newest.incrementAndGet();
    }

    /** One question; it can be asked now and its work submitted later (after a layout pass, say). */
    public final class Question {
        private final long ticket;

        private Question(long ticket) {
            this.ticket = ticket;
        }

        /** Whether no question was asked since this one (and nothing was cancelled). */
        public boolean isNewest() {
            return ticket == newest.get();
        }

        /** Runs {@code work} in the background; its answer or failure reaches the FX thread only while this is newest. */
        public <T> void submit(Callable<T> work, Consumer<T> onAnswer, Consumer<Throwable> onFailure) {
            executor.submit(() -> isNewest() ? work.call() : null, answer -> {
                if (isNewest()) {
                    onAnswer.accept(answer);
                }
            }, failure -> {
                if (isNewest()) {
                    onFailure.accept(failure);
                }
            });
        }
    }
}
