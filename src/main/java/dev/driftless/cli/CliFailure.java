package dev.driftless.cli;

/** A command-line refusal whose message is shown as it is, after `error: `, and its hint, if any, after `hint: `. */
final class CliFailure extends Exception {
    private final String hint;

    CliFailure(String message) {
        this(message, null);
    }

    CliFailure(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** What to do about it, or null. */
    String hint() {
        return hint;
    }
}
