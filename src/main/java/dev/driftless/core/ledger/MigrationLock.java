package dev.driftless.core.ledger;

import java.sql.SQLException;

/** A held migration lock; closing it releases the lock. */
@FunctionalInterface
public interface MigrationLock extends AutoCloseable {
    MigrationLock NONE = () -> { };

    @Override
    void close() throws SQLException;
}
