package dev.driftless.db;

import dev.driftless.core.schema.replay.ShadowFactory;

import java.util.Set;

/** The shadows for a database of either kind. */
public final class Shadows {
    private Shadows() {
    }

    /**
     * Shadows on the server of {@code database} (PostgreSQL), or in memory (SQLite).
     *
     * @param given                      PostgreSQL only: a database to empty and use instead of temporary ones, or null
     * @param extensionsMigrationsCreate PostgreSQL only: extensions not to create in the shadow beforehand
     * @throws IllegalArgumentException when {@code given} is not a PostgreSQL database checked against one
     */
    public static ShadowFactory forDatabase(DatabaseUrl database, DatabaseUrl given,
                                            Set<String> extensionsMigrationsCreate) {
        if (database instanceof PostgresUrl postgres) {
            if (given != null && !(given instanceof PostgresUrl)) {
                throw new IllegalArgumentException("the shadow database " + given.masked()
                        + " is not a PostgreSQL database like " + database.masked());
            }
            return new PostgresShadows(postgres, (PostgresUrl) given, extensionsMigrationsCreate);
        }
        if (given != null) {
            throw new IllegalArgumentException("a SQLite database is checked in an in-memory shadow; no shadow database"
                    + " is needed, so " + given.masked() + " is not used");
        }
        return new SqliteShadows();
    }
}
