package dev.driftless.core.repair;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationPlanner;
import dev.driftless.core.engine.Migrator;
import dev.driftless.core.engine.Refusal;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.MigrationSource;

import java.sql.Connection;
import java.time.Duration;

/**
 * Prepares a {@link LedgerRepair} from the ledger as it is now and the migrations folder as read
 * with the project's ignored-chars, refusing whenever the migration's status is not the one the
 * repair is for ({@link dev.driftless.core.engine.Refusal.RepairDoesNotFit} carries the status, from
 * which the command line and the window name the repair that fits).
 */
public final class RepairPlanner {
    private final Migrator migrator;
    private final Duration lockTimeout;

    /** @param lockTimeout how long a repair waits for a migration run that holds the lock */
    public RepairPlanner(Migrator migrator, Duration lockTimeout) {
        this.migrator = migrator;
        this.lockTimeout = lockTimeout;
    }

    /** Reads the ledger and checks the precondition; changes nothing. */
    public LedgerRepair plan(Connection connection, MigrationSource source, RepairKind kind, long version)
            throws MigrateException {
        MigrationPlanner.refuseProblems(source);
        StatusRow row = statusOf(connection, source, version);
        if (row.status() != kind.requires()) {
            throw new MigrateException(new Refusal.RepairDoesNotFit(version, kind.command(), kind.describe(version),
                    row.status(), kind.requires()));
        }
        AppliedMigration before = row.applied();
        AppliedMigration after = kind == RepairKind.RESTAMP
                ? new AppliedMigration(before.version(), before.description(), before.installedOn(), before.success(),
                        row.migration().checksum(), before.executionTimeNanos())
                : null;
        return new LedgerRepair(kind, before, after, migrator.ledger(), lockTimeout);
    }

    /** Rebuilds a journalled repair so that it can be undone. */
    public LedgerRepair fromJournal(RepairJournal.Entry entry) {
        return new LedgerRepair(entry.kind(), entry.before(), entry.after().orElse(null), migrator.ledger(),
                lockTimeout);
    }

    private StatusRow statusOf(Connection connection, MigrationSource source, long version) throws MigrateException {
        return migrator.status(connection, source).stream()
                .filter(row -> row.version() == version).findFirst()
                .orElseThrow(() -> new MigrateException(
                        new Refusal.UnknownVersion(version, migrator.ledger().table(), source.directory())));
    }
}
