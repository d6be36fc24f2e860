package dev.driftless.core.engine;

/** Applying a migration, or reverting it; the word sqlx prints after the version. */
public enum Direction {
    UP("migrate"),
    DOWN("revert");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** "migrate" or "revert", as in `Applied 1/migrate users`. */
    public String label() {
        return label;
    }
}
