package dev.driftless.core.ledger;

import java.util.regex.Pattern;

/**
 * The name of the ledger table, `_sqlx_migrations` unless sqlx.toml says otherwise. sqlx pastes
 * the name into its SQL as written, so only plain identifiers (optionally schema-qualified) are
 * accepted: anything else could not be pasted safely and is rejected with a message.
 */
public record LedgerTable(String schema, String table) {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
    // After IDENTIFIER: the constructor validates with it.
    public static final LedgerTable DEFAULT = new LedgerTable(null, "_sqlx_migrations");

    public LedgerTable {
        if (schema != null && !IDENTIFIER.matcher(schema).matches() || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException(rejection(schema == null ? table : schema + "." + table));
        }
    }

    /** Parses `table` or `schema.table`; throws with a message naming the value otherwise. */
    public static LedgerTable parse(String name) {
        String[] parts = name.split("\\.", -1);
        if (parts.length == 1 && IDENTIFIER.matcher(parts[0]).matches()) {
            return new LedgerTable(null, parts[0]);
        }
        if (parts.length == 2 && IDENTIFIER.matcher(parts[0]).matches() && IDENTIFIER.matcher(parts[1]).matches()) {
            return new LedgerTable(parts[0], parts[1]);
        }
        throw new IllegalArgumentException(rejection(name));
    }

    /** The name as it goes into SQL, exactly as sqlx writes it. */
    public String sqlName() {
        return schema == null ? table : schema + "." + table;
    }

    /**
     * sqlx's CREATE TABLE statement, byte for byte (SQLite keeps this text in sqlite_master), with the
     * two column types that differ between databases filled in.
     */
    public String sqlxCreateStatement(String installedOnType, String checksumType) {
        return "\nCREATE TABLE IF NOT EXISTS " + sqlName() + " (\n"
                + "    version BIGINT PRIMARY KEY,\n"
                + "    description TEXT NOT NULL,\n"
                + "    installed_on " + installedOnType + ",\n"
                + "    success BOOLEAN NOT NULL,\n"
                + "    checksum " + checksumType + " NOT NULL,\n"
                + "    execution_time BIGINT NOT NULL\n"
                + ");\n                ";
    }

    @Override
    public String toString() {
        return sqlName();
    }

    private static String rejection(String name) {
        return "ledger table name \"" + name + "\" is not allowed: use letters, digits and _ "
                + "(not starting with a digit), optionally schema-qualified as schema.table";
    }
}
