package dev.driftless.core.engine;

/**
 * Where one migration stands, from its file and its ledger row together. Views and commands ask
 * the flags ({@link #isApplied()}, {@link #hasFile()}) rather than comparing states.
 */
public enum MigrationStatus {
    /** In the ledger with the file's checksum. */
    APPLIED("applied", true, true),
    /** On disk, not in the ledger. */
    PENDING("pending", false, true),
    /** In the ledger, but the file's checksum no longer matches: sqlx will refuse to start. */
    DRIFTED("drifted", true, true),
    /** In the ledger, but no file has that version any more. */
    MISSING("missing", true, false),
    /** A ledger row with success = false: a half-applied migration that blocks every run. */
    FAILED("failed", false, true),
    /** On disk; whether it was applied is not known, because the ledger could not be read (no database, unreachable). */
    UNKNOWN("unknown", false, true);

    private final String label;
    private final boolean applied;
    private final boolean hasFile;

    MigrationStatus(String label, boolean applied, boolean hasFile) {
        this.label = label;
        this.applied = applied;
        this.hasFile = hasFile;
    }

    /** The lowercase word used in JSON and in the window. */
    public String label() {
        return label;
    }

    /** The ledger says it ran successfully (whether or not the file still matches). */
    public boolean isApplied() {
        return applied;
    }

    /** Whether a migration file is expected on disk for this state (false only for MISSING). */
    public boolean hasFile() {
        return hasFile;
    }

    /** Needs a person's attention before sqlx will run. */
    public boolean needsAttention() {
        return this == DRIFTED || this == MISSING || this == FAILED;
    }
}
