package dev.driftless.db;

import dev.driftless.core.ledger.LedgerDialect;
import dev.driftless.core.sql.SqlDialect;

/** The ledger dialect, and the SQL dialect to lex with, for a database URL. */
public final class Dialects {
    private Dialects() {
    }

    public static LedgerDialect forUrl(DatabaseUrl url) {
        return switch (url.kind()) {
            case POSTGRES -> new PostgresDialect();
            case SQLITE -> new SqliteDialect();
        };
    }

    /** The SQL dialect the lexer and statement splitter use for this database's migrations. */
    public static SqlDialect sqlDialect(DatabaseUrl url) {
        return url.kind() == DatabaseUrl.Kind.POSTGRES ? SqlDialect.POSTGRESQL : SqlDialect.SQLITE;
    }
}
