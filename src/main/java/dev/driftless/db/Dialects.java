package dev.driftless.db;

import dev.driftless.core.ledger.LedgerDialect;

/** The ledger dialect for a database URL. */
public final class Dialects {
    private Dialects() {
    }

    public static LedgerDialect forUrl(DatabaseUrl url) {
        return switch (url.kind()) {
            case POSTGRES -> new PostgresDialect();
            case SQLITE -> new SqliteDialect();
        };
    }
}
