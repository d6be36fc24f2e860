package dev.driftless.db;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Which database a URL reaches, free of user, password and options: two URLs reaching the same database the
 * same way have equal identities. The journal of applied migrations and the repair journal are keyed by it.
 *
 * @param key {@code postgres://host:port/database} (host in lower case), {@code sqlite:<absolute file>}, or
 *            {@code sqlite::memory:}
 */
public record DatabaseIdentity(String key) {
    private static final DatabaseIdentity SQLITE_MEMORY = new DatabaseIdentity("sqlite::memory:");

    static DatabaseIdentity postgres(String host, int port, String database) {
        return new DatabaseIdentity("postgres://" + host.toLowerCase(Locale.ROOT) + ":" + port + "/" + database);
    }

    static DatabaseIdentity sqlite(Path file) {
        return file == null ? SQLITE_MEMORY : new DatabaseIdentity("sqlite:" + file.toAbsolutePath().normalize());
    }

    /** False for an in-memory database, which outlives nothing: nothing is journalled for it. */
    public boolean isPersistent() {
        return !equals(SQLITE_MEMORY);
    }

    @Override
    public String toString() {
        return key;
    }
}
