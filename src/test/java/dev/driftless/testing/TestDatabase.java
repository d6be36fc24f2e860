package dev.driftless.testing;

import java.nio.file.Path;

/** The two real databases every engine test runs against. */
public enum TestDatabase {
    SQLITE, POSTGRES;

    /** A URL (sqlx form) of a new, empty database: a file in {@code folder}, or a fresh PostgreSQL database. */
    public String freshUrl(Path folder) {
        return switch (this) {
            case SQLITE -> "sqlite://" + folder.resolve("test-" + System.nanoTime() + ".db") + "?mode=rwc";
            case POSTGRES -> TestPostgres.freshDatabaseUrl();
        };
    }
}
