package dev.driftless.core.ledger;

import java.time.Duration;
import java.util.Optional;

/** The migration lock stayed held by another session for longer than the allowed wait. */
public class LockTimeoutException extends Exception {
    private final Duration timeout;
    private final transient Optional<String> holder;

    /** @param holder who held the lock last time it was asked, e.g. "PostgreSQL backend pid 42" */
    public LockTimeoutException(Duration timeout, Optional<String> holder) {
        super("timed out after " + timeout.toSeconds() + " s waiting for the migration lock"
                + holder.map(who -> " held by " + who).orElse(""));
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
