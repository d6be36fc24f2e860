package dev.driftless.core.engine;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationType;

import java.util.Optional;

/**
 * One migration as everything shows it: its file (if any) joined with its ledger row (if any).
 * Built only by {@link StatusMerger}; the CLI text, the JSON and the window all read these rows.
 *
 * @param outOfOrder pending, yet below the highest version in the ledger: sqlx applies it
 *                   silently, Driftless flags it
 */
public record StatusRow(long version, String description, MigrationStatus status, boolean outOfOrder,
                        Migration migration, AppliedMigration applied) {

    public Optional<Migration> file() {
        return Optional.ofNullable(migration);
    }

    public Optional<AppliedMigration> ledgerRow() {
        return Optional.ofNullable(applied);
    }

    /** Simple or reversible; a missing migration counts as simple since nothing can revert it. */
    public MigrationType type() {
        return migration == null ? MigrationType.SIMPLE : migration.type();
    }

    public boolean noTransaction() {
        return migration != null && migration.noTransaction();
    }
}
