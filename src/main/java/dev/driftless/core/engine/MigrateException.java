package dev.driftless.core.engine;

/**
 * A refusal or failure to show a person as it is: the message says what is wrong and, where
 * there is one, how to fix it. Never carries a stack trace to the user.
 */
public class MigrateException extends Exception {
    private final String hint;

    public MigrateException(String message) {
        this(message, (String) null);
    }

    /** A refusal with a suggestion kept apart from sqlx's own error text. */
    public MigrateException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public MigrateException(String message, Throwable cause) {
        super(message, cause);
        this.hint = null;
    }

    /** How to fix it, when there is a suggestion; null otherwise. */
    public String hint() {
        return hint;
    }
}
