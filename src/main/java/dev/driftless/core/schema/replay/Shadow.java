package dev.driftless.core.schema.replay;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A scratch database that migrations are replayed into, held like a lock: opened by a
 * {@link ShadowFactory}, closed on every path. Closing drops it (a temporary database) or closes
 * it (in memory).
 */
public interface Shadow extends AutoCloseable {

    /** A connection to it, in auto-commit mode; owned by the shadow, closed with it. */
    Connection connection();

    /**
     * What it is, for reports: {@code a temporary database driftless_shadow_1f2e3d4c5b6a on the same
     * server}, {@code an in-memory SQLite database}, or the database given to be emptied.
     */
    String description();

    /** Closes the connection and drops a temporary database; safe to call on an interrupted thread. */
    @Override
    void close() throws SQLException;
}
