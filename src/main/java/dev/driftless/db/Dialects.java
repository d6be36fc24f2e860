package dev.driftless.db;

import dev.driftless.core.ledger.LedgerDialect;
import dev.driftless.core.schema.SchemaReader;
import dev.driftless.core.sql.SqlDialect;

/** The ledger dialect, the schema reader and the SQL dialect to lex with, for a database URL. */
public final class Dialects {
    private Dialects() {
    }

    public static LedgerDialect forUrl(DatabaseUrl url) {
        return switch (url.kind()) {
            case POSTGRES -> new PostgresDialect();
            case SQLITE -> new SqliteDialect();
        };
    }

    /** Reads the schema of a database of this URL's kind. */
    public static SchemaReader schemaReader(DatabaseUrl url) {
        return switch (url.kind()) {
            case POSTGRES -> new PostgresSchemaReader();
            case SQLITE -> new SqliteSchemaReader();
        };
    }

    /** The SQL dialect the lexer and statement splitter use for this database's migrations. */
    public static SqlDialect sqlDialect(DatabaseUrl url) {
        return url.kind() == DatabaseUrl.Kind.POSTGRES ? SqlDialect.POSTGRESQL : SqlDialect.SQLITE;
    }
}
