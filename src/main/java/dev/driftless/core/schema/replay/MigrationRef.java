package dev.driftless.core.schema.replay;

/** A migration as reports name it: {@code 20240103090000 add status to orders}. */
public record MigrationRef(long version, String description) {
    @Override
    public String toString() {
        return version + " " + description;
    }
}
