package dev.driftless.core.ledger;

import java.time.Duration;
import java.util.Optional;

/**
 * Told while a run waits for the migration lock, with who holds it when known: a PostgreSQL
 * backend pid, or the Driftless process named in a SQLite database's lock file.
 */
@FunctionalInterface
public interface LockWaitListener {
    LockWaitListener NONE = (holder, waited) -> { };

    /** @param holder e.g. "PostgreSQL backend pid 42"; empty when it cannot be told */
    void waiting(Optional<String> holder, Duration waited);
}
