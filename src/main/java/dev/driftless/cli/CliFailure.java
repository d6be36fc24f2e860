package dev.driftless.cli;

/** A command-line refusal whose message is shown as it is, after `error: `. */
final class CliFailure extends Exception {
    CliFailure(String message) {
        super(message);
    }
}
