package dev.driftless.core.ledger;

/** The migration lock stayed held by another session for longer than the allowed wait. */
public class LockTimeoutException extends Exception {
    public LockTimeoutException(String message) {
        super(message);
    }
}
