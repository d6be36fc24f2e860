package dev.driftless.core.engine;

import java.util.Objects;
import java.util.Optional;

/**
 * A refusal or failure to show a person as it is, never with a stack trace. A refusal (Driftless
 * will not do what was asked) carries its {@link Refusal} as data, so the command line and the
 * window can each say how to fix it; a failure (the database or the disk failed while doing it)
 * carries only its message and cause, or more in a subclass ({@link MigrationFailedException}).
 */
public class MigrateException extends Exception {
    private final transient Refusal refusal;

    /** A refusal; its message is the refusal's. */
    public MigrateException(Refusal refusal) {
        super(Objects.requireNonNull(refusal, "refusal").message());
        this.refusal = refusal;
    }

    /** A failure, described by its message. */
    public MigrateException(String message) {
        super(message);
        this.refusal = null;
    }

    /** A failure caused by a database or file error. */
    public MigrateException(String message, Throwable cause) {
        super(message, cause);
        this.refusal = null;
    }

    /** Why Driftless refused, when it refused; empty for a failure. */
    public Optional<Refusal> refusal() {
        return Optional.ofNullable(refusal);
    }
}
