package dev.driftless.core.schema.replay;

/**
 * No shadow could be had: the role may not create databases, or the database given to be emptied
 * instead is the one being checked, or could not be emptied. The message says which; the command
 * line and the window word what to do about it.
 */
public final class ShadowUnavailableException extends Exception {
    /** Why there is no shadow. */
    public enum Reason {
        /** CREATE DATABASE was refused (SQLSTATE 42501): the role lacks CREATEDB. */
        CREATE_DATABASE_REFUSED,
        /** The database given as the shadow is the one being checked. */
        SHADOW_IS_THE_DATABASE,
        /** The database given as the shadow still holds objects after being emptied. */
        NOT_EMPTIED
    }

    private final Reason reason;

    public ShadowUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
