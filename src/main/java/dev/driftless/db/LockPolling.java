package dev.driftless.db;

import dev.driftless.core.ledger.LockTimeoutException;
import dev.driftless.core.ledger.LockWaitListener;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * The wait for a migration lock, the same for every database: try, and while another session
 * holds it, tell the listener who, every poll, until the lock is had or the timeout has passed.
 */
final class LockPolling {
    private static final long POLL_MILLIS = 100;

    private LockPolling() {
    }

    /** One attempt to take the lock without waiting; null while someone else holds it. */
    @FunctionalInterface
    interface Attempt<T> {
        T tryOnce() throws SQLException;
    }

    /** Who holds the lock, when it can be told. */
    @FunctionalInterface
    interface Holder {
        Optional<String> lookup() throws SQLException;
    }

    static <T> T poll(Duration timeout, LockWaitListener listener, Attempt<T> attempt, Holder holder)
            throws SQLException, LockTimeoutException {
        long started = System.nanoTime();
        for (T acquired = attempt.tryOnce(); ; acquired = attempt.tryOnce()) {
            if (acquired != null) {
                return acquired;
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            Optional<String> who = holder.lookup();
            if (waited.compareTo(timeout) >= 0) {
                throw new LockTimeoutException(timeout, who);
            }
            listener.waiting(who, waited);
            sleep();
        }
    }

    private static void sleep() throws SQLException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the migration lock", e);
        }
    }
}
