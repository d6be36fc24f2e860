package dev.driftless.bench;

/**
 * One tool measured in a benchmark: a label and one timed run against fresh state.
 *
 * @param name what the report calls it
 * @param peer whether this is another tool (a ratio's denominator) rather than Driftless itself
 * @param run  starts the tool once and returns the elapsed nanoseconds
 */
record Contender(String name, boolean peer, Run run) {
    static Contender driftless(String name, Run run) {
        return new Contender(name, false, run);
    }

    static Contender peer(String name, Run run) {
        return new Contender(name, true, run);
    }

    /** One timed run; {@code repetition} lets the run pick fresh state (a new database) each time. */
    @FunctionalInterface
    interface Run {
        long nanos(int repetition) throws Exception;
    }
}
