package dev.driftless.core.ledger;

import java.time.Duration;
import java.util.Optional;

/** The migration lock stayed held by another session for longer than the allowed wait. */
public class LockTimeoutException extends Exception {
    private final Duration timeout;
    private final transient Optional<String> holder;

    /** @param holder who held the lock last time it was asked, e.g. "PostgreSQL backend pid 42" */
    public LockTimeoutException(Duration timeout, Optional<String> holder) {
        // The sentence people read is the engine's refusal (Refusal.LockTimedOut), made from these fields.
        super("migration lock still held after " + timeout.toSeconds() + " s");
        this.timeout = timeout;
        this.holder = holder;
    }

    public Duration timeout() {
        return timeout;
    }

    /** Who held the lock, when the database or the lock file told. */
    public Optional<String> holder() {
        return holder;
    }
}
