package dev.driftless.db;

import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaReader;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.schema.SqlIdentifiers;
import dev.driftless.core.schema.SqlText;
import dev.driftless.core.sql.SqlDialect;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a SQLite database's schema (the {@code main} database) from {@code sqlite_schema} and the
 * table-valued pragmas, in one transaction. {@code sqlite_schema.sql} is the DDL as written: it is
 * kept as each object's DDL, while the attributes hold the structure the pragmas report (columns,
 * keys, unique constraints, foreign keys, index columns) and, for indexes, views and triggers, the
 * statement normalised as SQL tokens ({@link SqlText}).
 *
 * <p>Constraints have no names SQLite reports, so each is keyed by its definition
 * ({@code PRIMARY KEY (id)}). Left out: SQLite's own {@code sqlite_*} tables and indexes (among them
 * the indexes behind PRIMARY KEY and UNIQUE), the shadow tables of virtual tables, the ledger table
 * with its indexes and triggers. CHECK constraints are reported by no pragma: they are in the
 * table's DDL only. Generated columns' expressions, index expressions and partial conditions are
 * read from the statements ({@link SqliteStatementParts}).
 */
public final class SqliteSchemaReader implements SchemaReader {
    private static final String SCHEMA = "main";
    private static final String USER_OBJECT = "m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'";

    @Override
    public SchemaSnapshot read(Connection connection, LedgerTable ledgerTable) throws SQLException {
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("reading a schema needs a connection in auto-commit mode");
        }
        // One transaction: every query sees the same schema even if another connection changes it meanwhile.
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            return new Reading(statement, ledgerName(ledgerTable)).read();
        } finally {
            try {
                connection.rollback();
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** The ledger's table name in {@code main}, lower-cased (SQLite's names ignore case); null when it is elsewhere. */
    private static String ledgerName(LedgerTable ledgerTable) {
        boolean inMain = ledgerTable.schema() == null || ledgerTable.schema().equalsIgnoreCase(SCHEMA);
        return inMain ? ledgerTable.table().toLowerCase(Locale.ROOT) : null;
    }

    private static final class Reading {
        private final Statement statement;
        private final String ledger;
        private final List<SchemaObject> objects = new ArrayList<>();
        /** Every kept table and view by its lower-cased name, so pragma rows of others are dropped. */
        private final Map<String, ObjectKind> relations = new HashMap<>();
        private final Map<String, String> indexSql = new HashMap<>();
        /** Each table's statement by its lower-cased name, for its generated columns' expressions. */
        private final Map<String, String> tableSql = new HashMap<>();

        Reading(Statement statement, String ledger) {
            this.statement = statement;
            this.ledger = ledger;
        }

        SchemaSnapshot read() throws SQLException {
            String version;
            try (ResultSet row = statement.executeQuery("SELECT sqlite_version()")) {
                row.next();
                version = row.getString(1);
            }
            schemaObjects();
            Map<String, TreeMap<Integer, String>> primaryKeys = columns();
            primaryKeys.forEach((table, columns) -> constraint(table, "primary key",
                    "PRIMARY KEY (" + names(columns.values()) + ")"));
            indexes();
            foreignKeys();
            return SchemaSnapshot.of(SqlDialect.SQLITE, version, objects);
        }

        private boolean kept(String relation) {
            return relations.containsKey(relation.toLowerCase(Locale.ROOT));
        }

        private void schemaObjects() throws SQLException {
            String sql = "SELECT m.type, m.name, m.tbl_name, m.sql, l.wr, l.strict, l.type"
                    + " FROM sqlite_schema m LEFT JOIN pragma_table_list l ON l.schema = 'main' AND l.name = m.name"
                    + " WHERE " + USER_OBJECT + " ORDER BY m.rowid";
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    String type = row.getString(1);
                    String name = row.getString(2);
                    String table = row.getString(3);
                    String ddl = row.getString(4);
                    if (table.toLowerCase(Locale.ROOT).equals(ledger) || "shadow".equals(row.getString(7))) {
                        continue;
                    }
                    switch (type) {
                        case "table" -> {
                            relations.put(name.toLowerCase(Locale.ROOT), ObjectKind.TABLE);
                            tableSql.put(name.toLowerCase(Locale.ROOT), ddl);
                            objects.add(SchemaObject.builder(ObjectKey.inSchema(ObjectKind.TABLE, SCHEMA, name))
                                    .put(Attribute.WITHOUT_ROWID, row.getBoolean(5))
                                    .put(Attribute.STRICT, row.getBoolean(6))
                                    .ddl(ddl)
                                    .build());
                        }
                        case "view" -> {
                            relations.put(name.toLowerCase(Locale.ROOT), ObjectKind.VIEW);
                            objects.add(definedBy(ObjectKey.inSchema(ObjectKind.VIEW, SCHEMA, name), ddl));
                        }
                        case "trigger" -> objects.add(definedBy(ObjectKey.child(ObjectKind.TRIGGER, SCHEMA, table, name), ddl));
                        case "index" -> indexSql.put(name, ddl); // null for the indexes behind constraints
                        default -> {
                            // no other types are stored in sqlite_schema
                        }
                    }
                }
            }
        }

        private static SchemaObject definedBy(ObjectKey key, String ddl) {
            return SchemaObject.builder(key).put(Attribute.DEFINITION, SqlText.normalize(ddl, SqlDialect.SQLITE))
                    .ddl(ddl).build();
        }

        /** Reads every column and returns each table's primary key columns by their place in the key. */
        private Map<String, TreeMap<Integer, String>> columns() throws SQLException {
            String sql = "SELECT m.name, p.cid, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden"
                    + " FROM sqlite_schema m JOIN pragma_table_xinfo(m.name) p"
                    + " WHERE m.type IN ('table', 'view') AND " + USER_OBJECT + " ORDER BY m.name, p.cid";
            Map<String, TreeMap<Integer, String>> primaryKeys = new LinkedHashMap<>();
            Map<String, Map<String, String>> generated = new HashMap<>();
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    String relation = row.getString(1);
                    if (!kept(relation)) {
                        continue;
                    }
                    String name = row.getString(3);
                    String defaultValue = row.getString(6);
                    int hidden = row.getInt(8);
                    boolean isGenerated = hidden == 2 || hidden == 3;
                    String expression = isGenerated ? generated.computeIfAbsent(relation.toLowerCase(Locale.ROOT),
                            table -> SqliteStatementParts.generatedExpressions(
                                    SqlText.tokens(tableSql.getOrDefault(table, ""), SqlDialect.SQLITE)))
                            .get(SqlText.tokens(SqlIdentifiers.quote(name), SqlDialect.SQLITE).get(0)) : null;
                    objects.add(SchemaObject.builder(ObjectKey.child(ObjectKind.COLUMN, SCHEMA, relation, name))
                            .put(Attribute.TYPE, declaredType(row.getString(4)))
                            .put(Attribute.NOT_NULL, row.getBoolean(5))
                            .put(Attribute.DEFAULT, defaultValue == null ? null
                                    : SqlText.normalize(defaultValue, SqlDialect.SQLITE))
                            .put(Attribute.HIDDEN, hidden == 1)
                            .put(Attribute.GENERATED, expression)
                            .put(Attribute.GENERATED_STORAGE, switch (hidden) {
                                case 2 -> "virtual";
                                case 3 -> "stored";
                                default -> null;
                            })
                            .put(Attribute.POSITION, row.getInt(2) + 1)
                            .build());
                    int keyPlace = row.getInt(7);
                    if (keyPlace > 0) {
                        primaryKeys.computeIfAbsent(relation, table -> new TreeMap<>()).put(keyPlace, name);
                    }
                }
            }
            return primaryKeys;
        }

        /** SQLite keeps the declared type as written and reads it without regard to case or spacing. */
        private static String declaredType(String declared) {
            return declared.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        }

        /**
         * Indexes made with CREATE INDEX (origin {@code c}) become indexes; those behind a UNIQUE
         * constraint ({@code u}) become that constraint; the primary key's was read with the columns.
         */
        private void indexes() throws SQLException {
            String sql = "SELECT m.name, l.name, l.\"unique\", l.origin, x.name"
                    + " FROM sqlite_schema m JOIN pragma_index_list(m.name) l JOIN pragma_index_xinfo(l.name) x"
                    + " WHERE m.type = 'table' AND x.key = 1 AND " + USER_OBJECT + " ORDER BY m.name, l.seq, x.seqno";
            Map<List<String>, List<String>> uniqueColumns = new LinkedHashMap<>();
            Map<List<String>, Boolean> createdIndexes = new LinkedHashMap<>();
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    String table = row.getString(1);
                    if (!kept(table)) {
                        continue;
                    }
                    List<String> index = List.of(table, row.getString(2));
                    switch (row.getString(4)) {
                        case "u" -> uniqueColumns.computeIfAbsent(index, key -> new ArrayList<>())
                                .add(row.getString(5));
                        case "c" -> createdIndexes.put(index, row.getBoolean(3));
                        default -> {
                            // "pk": the primary key, already read from the columns
                        }
                    }
                }
            }
            uniqueColumns.forEach((index, columns) -> constraint(index.get(0), "unique", "UNIQUE (" + names(columns) + ")"));
            createdIndexes.forEach((index, unique) -> {
                String ddl = indexSql.get(index.get(1));
                SqliteStatementParts.IndexParts parts = SqliteStatementParts.index(SqlText.tokens(ddl, SqlDialect.SQLITE));
                objects.add(SchemaObject.builder(ObjectKey.child(ObjectKind.INDEX, SCHEMA, index.get(0), index.get(1)))
                        .put(Attribute.DEFINITION, SqlText.normalize(ddl, SqlDialect.SQLITE))
                        .put(Attribute.UNIQUE, unique)
                        .put(Attribute.COLUMNS, parts.columns())
                        .put(Attribute.PREDICATE, parts.predicate())
                        .ddl(ddl)
                        .build());
            });
        }

        private void foreignKeys() throws SQLException {
            String sql = "SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete"
                    + " FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f"
                    + " WHERE m.type = 'table' AND " + USER_OBJECT + " ORDER BY m.name, f.id, f.seq";
            Map<List<String>, ForeignKey> keys = new LinkedHashMap<>();
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    String table = row.getString(1);
                    if (!kept(table)) {
                        continue;
                    }
                    String referenced = row.getString(3);
                    String onUpdate = row.getString(6);
                    String onDelete = row.getString(7);
                    ForeignKey key = keys.computeIfAbsent(List.of(table, row.getString(2)),
                            id -> new ForeignKey(table, referenced, onUpdate, onDelete));
                    key.from.add(row.getString(4));
                    String to = row.getString(5);
                    if (to != null) {
                        key.to.add(to);
                    }
                }
            }
            keys.values().forEach(key -> constraint(key.table, "foreign key", key.definition()));
        }

        private void constraint(String table, String type, String definition) {
            objects.add(SchemaObject.builder(ObjectKey.child(ObjectKind.CONSTRAINT, SCHEMA, table, definition))
                    .put(Attribute.CONSTRAINT_TYPE, type)
                    .put(Attribute.DEFINITION, definition)
                    .build());
        }

        private static String names(Iterable<String> columns) {
            List<String> quoted = new ArrayList<>();
            columns.forEach(column -> quoted.add(SqlIdentifiers.quote(column)));
            return String.join(", ", quoted);
        }

        /** One foreign key's rows; {@code to} stays empty when it names the referenced table's primary key implicitly. */
        private record ForeignKey(String table, String referenced, String onUpdate, String onDelete,
                                  List<String> from, List<String> to) {
            ForeignKey(String table, String referenced, String onUpdate, String onDelete) {
                this(table, referenced, onUpdate, onDelete, new ArrayList<>(), new ArrayList<>());
            }

            String definition() {
                StringBuilder text = new StringBuilder("FOREIGN KEY (").append(names(from)).append(") REFERENCES ")
                        .append(SqlIdentifiers.quote(referenced));
                if (!to.isEmpty()) {
                    text.append(" (").append(names(to)).append(')');
                }
                if (!"NO ACTION".equals(onUpdate)) {
                    text.append(" ON UPDATE ").append(onUpdate);
                }
                if (!"NO ACTION".equals(onDelete)) {
                    text.append(" ON DELETE ").append(onDelete);
                }
                return text.toString();
            }
        }
    }
}
