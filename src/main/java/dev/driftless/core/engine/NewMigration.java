package dev.driftless.core.engine;

import dev.driftless.core.source.MigrationType;

/**
 * What `migrate add` is asked for.
 *
 * @param description words joined by spaces; spaces become `_` in the file name
 * @param type        simple, reversible, or null to infer from the latest migration (as sqlx)
 * @param versioning  timestamp, sequential, or INFERRED (as sqlx)
 */
public record NewMigration(String description, MigrationType type, Versioning versioning) {

    /** How the version prefix is chosen. */
    public enum Versioning { INFERRED, TIMESTAMP, SEQUENTIAL }
}
