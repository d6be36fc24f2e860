package dev.driftless.ui.actions;

/** Where one planned migration stands while a run or revert goes on. */
public enum StepState {
    /** Planned, not started yet. */
    PENDING,
    /** The database is executing it now. */
    RUNNING,
    /** Applied (or reverted) and recorded in the ledger. */
    DONE,
    /** The database rejected it; nothing of it was recorded. */
    FAILED,
    /** Never reached: the run stopped or failed before it. */
    SKIPPED
}
