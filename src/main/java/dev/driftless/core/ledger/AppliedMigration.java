package dev.driftless.core.ledger;

import dev.driftless.core.source.Checksum;

import java.time.Instant;

/**
 * One row of the ledger table, all six columns.
 *
 * @param executionTimeNanos nanoseconds, or -1 while sqlx has not yet written it
 */
public record AppliedMigration(long version, String description, Instant installedOn, boolean success,
                               Checksum checksum, long executionTimeNanos) {
}
