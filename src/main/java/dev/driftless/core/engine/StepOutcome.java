package dev.driftless.core.engine;

/**
 * What happened to one planned step.
 *
 * @param elapsedNanos time the database took; 0 for dry runs and skipped steps, as in sqlx
 */
public record StepOutcome(PlannedStep step, Result result, long elapsedNanos) {

    /** The three words sqlx-cli prints at the start of each line. */
    public enum Result {
        DONE("Applied"), WOULD_RUN("Can apply"), SKIPPED("Skipped");

        private final String word;

        Result(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }
}
