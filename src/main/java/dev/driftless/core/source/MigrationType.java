package dev.driftless.core.source;

/** sqlx's two kinds of migration: a single file, or an up/down pair that can be reverted. */
public enum MigrationType {
    SIMPLE("simple"),
    REVERSIBLE("reversible");

    private final String label;

    MigrationType(String label) {
        this.label = label;
    }

    /** The lowercase word used in JSON output and sqlx.toml. */
    public String label() {
        return label;
    }

    public boolean isReversible() {
        return this == REVERSIBLE;
    }
}
