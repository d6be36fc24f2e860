package dev.driftless.core.ledger;

import java.time.Duration;
import java.util.OptionalInt;

/** Told while a run waits for the migration lock, with the backend that holds it when known. */
@FunctionalInterface
public interface LockWaitListener {
    LockWaitListener NONE = (holderPid, waited) -> { };

    void waiting(OptionalInt holderPid, Duration waited);
}
