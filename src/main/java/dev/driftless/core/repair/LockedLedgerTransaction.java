package dev.driftless.core.repair;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.Refusal;
import dev.driftless.core.ledger.Ledger;
import dev.driftless.core.ledger.LockTimeoutException;
import dev.driftless.core.ledger.LockWaitListener;
import dev.driftless.core.ledger.MigrationLock;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs ledger edits in one transaction under the migration lock, so a repair never races an
 * application migrating at start-up; shared by single-row repairs and file repairs with rows.
 */
final class LockedLedgerTransaction {
    private LockedLedgerTransaction() {
    }

    /** @param what the repair, as a verb phrase for messages: "forget the missing migration 3" */
    static void run(Ledger ledger, Duration lockTimeout, Connection connection, String what,
                    Ledger.LedgerWork<MigrateException> work) throws MigrateException {
        try (MigrationLock ignored = lock(ledger, lockTimeout, connection, what)) {
            Ledger.inTransaction(connection, work);
        } catch (SQLException e) {
            throw new MigrateException("could not " + what + ": " + e.getMessage(), e);
        }
    }

    private static MigrationLock lock(Ledger ledger, Duration lockTimeout, Connection connection, String what)
            throws MigrateException, SQLException {
        try {
            return ledger.dialect().lock(connection, lockTimeout, LockWaitListener.NONE);
        } catch (LockTimeoutException e) {
            throw new MigrateException(new Refusal.LockTimedOut(e.timeout(), e.holder(), Optional.of(what)));
        }
    }
}
