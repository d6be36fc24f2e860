package dev.driftless.db;

import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaReader;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.sql.SqlDialect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads a PostgreSQL database's schema from the catalogs: one bulk query per kind of object,
 * all in one read-only REPEATABLE READ transaction, with {@code search_path} empty so that the
 * server's deparse functions qualify every name (two reads of the same server compare, whatever
 * search_path the user's role has). Types come from {@code format_type}, expressions from
 * {@code pg_get_expr}, definitions from {@code pg_get_constraintdef}, {@code pg_get_indexdef},
 * {@code pg_get_viewdef}, {@code pg_get_triggerdef} and {@code pg_get_functiondef}.
 *
 * <p>Left out: the system schemas, objects that belong to an extension, the ledger table (with
 * everything on it), indexes that back a constraint (the constraint stands for them), identity
 * columns' own sequences (the column's attributes stand for them), internal triggers, aggregates.
 */
public final class PostgresSchemaReader implements SchemaReader {
    private static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";
    private static final Map<String, String> CONSTRAINT_TYPES = Map.of(
            "p", "primary key", "u", "unique", "c", "check", "x", "exclusion", "f", "foreign key");
    private static final Map<String, String> VOLATILITIES = Map.of("i", "immutable", "s", "stable", "v", "volatile");

    @Override
    public SchemaSnapshot read(Connection connection, LedgerTable ledgerTable) throws SQLException {
        if (!connection.getAutoCommit()) {
            throw new IllegalStateException("reading a schema needs a connection in auto-commit mode");
        }
        boolean readOnly = connection.isReadOnly();
        int isolation = connection.getTransactionIsolation();
        connection.setReadOnly(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setAutoCommit(false);
        try {
            return readInTransaction(connection, ledgerTable);
        } finally {
            try {
                connection.rollback(); // also undoes the SET LOCALs
            } finally {
                connection.setAutoCommit(true);
                connection.setTransactionIsolation(isolation);
                connection.setReadOnly(readOnly);
            }
        }
    }

    private SchemaSnapshot readInTransaction(Connection connection, LedgerTable ledgerTable) throws SQLException {
        long ledgerOid;
        String version;
        int versionNumber;
        // The ledger's name resolves through the user's search_path, as sqlx's own statements do: before it is emptied.
        try (PreparedStatement query = connection.prepareStatement("SELECT coalesce(to_regclass(?)::oid, 0),"
                + " current_setting('server_version'), current_setting('server_version_num')::int")) {
            query.setString(1, ledgerTable.sqlName());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                ledgerOid = row.getLong(1);
                version = row.getString(2);
                versionNumber = row.getInt(3);
            }
        }
        try (Statement statement = connection.createStatement()) {
            // Deparsed text depends on these settings; fixed here so two reads compare.
            statement.executeQuery("SELECT set_config('search_path', '', true), set_config('DateStyle', 'ISO, MDY', true),"
                    + " set_config('IntervalStyle', 'postgres', true), set_config('extra_float_digits', '3', true)")
                    .close();
            Catalog catalog = new Catalog(statement, ledgerOid, versionNumber);
            List<SchemaObject> objects = new ArrayList<>();
            catalog.schemas(objects);
            catalog.extensions(objects);
            catalog.relations(objects);
            catalog.columns(objects);
            catalog.constraints(objects);
            catalog.indexes(objects);
            catalog.sequences(objects);
            catalog.types(objects);
            catalog.routines(objects);
            catalog.triggers(objects);
            return SchemaSnapshot.of(SqlDialect.POSTGRESQL, version, objects);
        }
    }

    /** The bulk queries, one per kind of object, sharing the filters that leave out what is not the user's. */
    private record Catalog(Statement statement, long ledgerOid, int versionNumber) {

        private static String notFromExtension(String catalog, String oid) {
            return "NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = '" + catalog + "'::regclass AND x.objid = "
                    + oid + " AND x.deptype = 'e')";
        }

        /** A user relation of the given kinds, not the ledger, not an extension's; its alias is {@code c}. */
        private String userRelation(String relkinds) {
            return "c.relkind IN (" + relkinds + ") AND " + USER_SCHEMA + " AND c.oid <> " + ledgerOid + " AND "
                    + notFromExtension("pg_class", "c.oid");
        }

        /** The collation's name as the server quotes it, qualified unless in pg_catalog. */
        private static String collationName(String oid) {
            return "(SELECT CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname)"
                    + " ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END"
                    + " FROM pg_collation co JOIN pg_namespace cn ON cn.oid = co.collnamespace WHERE co.oid = " + oid + ")";
        }

        void schemas(List<SchemaObject> objects) throws SQLException {
            try (ResultSet row = statement.executeQuery("SELECT n.nspname FROM pg_namespace n WHERE " + USER_SCHEMA
                    + " AND " + notFromExtension("pg_namespace", "n.oid"))) {
                while (row.next()) {
                    objects.add(SchemaObject.builder(ObjectKey.database(ObjectKind.SCHEMA, row.getString(1))).build());
                }
            }
        }

        /** plpgsql, which every database has, lives in pg_catalog with the other built-in parts: left out with them. */
        void extensions(List<SchemaObject> objects) throws SQLException {
            try (ResultSet row = statement.executeQuery("SELECT e.extname, e.extversion, n.nspname FROM pg_extension e"
                    + " JOIN pg_namespace n ON n.oid = e.extnamespace WHERE n.nspname <> 'pg_catalog'")) {
                while (row.next()) {
                    objects.add(SchemaObject.builder(ObjectKey.database(ObjectKind.EXTENSION, row.getString(1)))
                            .put(Attribute.VERSION, row.getString(2))
                            .put(Attribute.SCHEMA, row.getString(3))
                            .build());
                }
            }
        }

        void relations(List<SchemaObject> objects) throws SQLException {
            String sql = "SELECT n.nspname, c.relname, c.relkind, c.relpersistence = 'u', c.reltuples,"
                    + " CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, c.relispartition,"
                    + " CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END,"
                    + " ARRAY(SELECT i.inhparent::regclass::text FROM pg_inherits i WHERE i.inhrelid = c.oid"
                    + " ORDER BY i.inhseqno),"
                    + " CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END,"
                    + " CASE WHEN c.relkind IN ('v', 'm') THEN ARRAY(SELECT DISTINCT d.refobjid::regclass::text"
                    + " FROM pg_rewrite r JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid"
                    + " AND d.refclassid = 'pg_class'::regclass WHERE r.ev_class = c.oid AND d.refobjid <> c.oid) END"
                    + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE " + userRelation("'r', 'p', 'v', 'm'");
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    String relkind = row.getString(3);
                    ObjectKind kind = switch (relkind) {
                        case "v" -> ObjectKind.VIEW;
                        case "m" -> ObjectKind.MATERIALIZED_VIEW;
                        default -> ObjectKind.TABLE;
                    };
                    SchemaObject.Builder relation = SchemaObject.builder(
                            ObjectKey.inSchema(kind, row.getString(1), row.getString(2)));
                    float rows = row.getFloat(5);
                    if (kind != ObjectKind.VIEW && rows >= 0) {
                        relation.put(Attribute.ROW_ESTIMATE, (long) rows);
                    }
                    if (kind == ObjectKind.TABLE) {
                        relation.put(Attribute.UNLOGGED, row.getBoolean(4))
                                .put(Attribute.PARTITION_KEY, row.getString(6));
                        List<String> parents = list(row.getArray(9));
                        if (row.getBoolean(7)) {
                            relation.put(Attribute.PARTITION_OF, parents.get(0))
                                    .put(Attribute.PARTITION_BOUND, row.getString(8));
                        } else {
                            relation.put(Attribute.INHERITS, parents);
                        }
                    } else {
                        relation.put(Attribute.DEFINITION, viewQuery(row.getString(10)))
                                .put(Attribute.DEPENDS_ON, list(row.getArray(11)).stream().sorted().toList());
                    }
                    objects.add(relation.build());
                }
            }
        }

        void columns(List<SchemaObject> objects) throws SQLException {
            String sql = "SELECT n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
                    + " CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,"
                    + " CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid) END,"
                    + " CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END,"
                    + " s.seqstart, s.seqincrement, NOT a.attislocal,"
                    + " CASE WHEN a.attcollation <> t.typcollation THEN " + collationName("a.attcollation") + " END,"
                    + " row_number() OVER (PARTITION BY a.attrelid ORDER BY a.attnum)"
                    + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid"
                    + " LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum"
                    // an identity column's start and increment live on its own (internal) sequence
                    + " LEFT JOIN pg_depend dep ON a.attidentity <> '' AND dep.classid = 'pg_class'::regclass"
                    + " AND dep.refclassid = 'pg_class'::regclass AND dep.refobjid = c.oid"
                    + " AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'"
                    + " LEFT JOIN pg_sequence s ON s.seqrelid = dep.objid"
                    + " WHERE a.attnum > 0 AND NOT a.attisdropped AND " + userRelation("'r', 'p', 'v', 'm'");
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    String generated = row.getString(7);
                    String identity = row.getString(8);
                    SchemaObject.Builder column = SchemaObject.builder(
                                    ObjectKey.child(ObjectKind.COLUMN, row.getString(1), row.getString(2), row.getString(3)))
                            .put(Attribute.TYPE, row.getString(4))
                            .put(Attribute.NOT_NULL, row.getBoolean(5))
                            .put(Attribute.DEFAULT, row.getString(6))
                            .put(Attribute.GENERATED, generated)
                            .put(Attribute.GENERATED_STORAGE, generated == null ? null : "stored")
                            .put(Attribute.IDENTITY, identity)
                            .put(Attribute.INHERITED, row.getBoolean(11))
                            .put(Attribute.COLLATION, row.getString(12))
                            .put(Attribute.POSITION, row.getLong(13));
                    if (identity != null) {
                        column.put(Attribute.START, row.getLong(9)).put(Attribute.INCREMENT, row.getLong(10));
                    }
                    objects.add(column.build());
                }
            }
        }

        void constraints(List<SchemaObject> objects) throws SQLException {
            String sql = "SELECT n.nspname, c.relname, con.conname, con.contype, pg_get_constraintdef(con.oid, true),"
                    + " con.conparentid <> 0 OR NOT con.conislocal"
                    + " FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE con.contype IN ('p', 'u', 'c', 'x', 'f') AND " + userRelation("'r', 'p'");
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    objects.add(SchemaObject.builder(
                                    ObjectKey.child(ObjectKind.CONSTRAINT, row.getString(1), row.getString(2), row.getString(3)))
                            .put(Attribute.CONSTRAINT_TYPE, CONSTRAINT_TYPES.get(row.getString(4)))
                            .put(Attribute.DEFINITION, row.getString(5))
                            .put(Attribute.INHERITED, row.getBoolean(6))
                            .build());
                }
            }
        }

        void indexes(List<SchemaObject> objects) throws SQLException {
            String sql = "SELECT n.nspname, c.relname, ic.relname, pg_get_indexdef(i.indexrelid), i.indisunique,"
                    + " am.amname, ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true)"
                    + " FROM generate_series(1, i.indnkeyatts) k ORDER BY k),"
                    + " pg_get_expr(i.indpred, i.indrelid),"
                    + " (SELECT inh.inhparent::regclass::text FROM pg_inherits inh WHERE inh.inhrelid = i.indexrelid)"
                    + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam"
                    + " JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE " + userRelation("'r', 'p', 'm'")
                    + " AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid"
                    + " AND con.contype IN ('p', 'u', 'x'))";
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    String definition = row.getString(4);
                    objects.add(SchemaObject.builder(
                                    ObjectKey.child(ObjectKind.INDEX, row.getString(1), row.getString(2), row.getString(3)))
                            .put(Attribute.DEFINITION, definition)
                            .put(Attribute.UNIQUE, row.getBoolean(5))
                            .put(Attribute.METHOD, row.getString(6))
                            .put(Attribute.COLUMNS, list(row.getArray(7)))
                            .put(Attribute.PREDICATE, row.getString(8))
                            .put(Attribute.PARTITION_OF, row.getString(9))
                            .ddl(definition)
                            .build());
                }
            }
        }

        /** Identity columns' sequences are left out: they belong to the column ({@code deptype 'i'}). */
        void sequences(List<SchemaObject> objects) throws SQLException {
            String sql = "SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, s.seqincrement,"
                    + " s.seqmin, s.seqmax, s.seqcache, s.seqcycle,"
                    + " (SELECT d.refobjid::regclass::text || '.' || quote_ident(a.attname) FROM pg_depend d"
                    + " JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid"
                    + " WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid"
                    + " AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a')"
                    + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE " + userRelation("'S'")
                    + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
                    + " AND d.objid = c.oid AND d.deptype = 'i')";
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    objects.add(SchemaObject.builder(ObjectKey.inSchema(ObjectKind.SEQUENCE, row.getString(1), row.getString(2)))
                            .put(Attribute.TYPE, row.getString(3))
                            .put(Attribute.START, row.getLong(4))
                            .put(Attribute.INCREMENT, row.getLong(5))
                            .put(Attribute.MIN_VALUE, row.getLong(6))
                            .put(Attribute.MAX_VALUE, row.getLong(7))
                            .put(Attribute.CACHE, row.getLong(8))
                            .put(Attribute.CYCLE, row.getBoolean(9))
                            .put(Attribute.OWNED_BY, row.getString(10))
                            .build());
                }
            }
        }

        /** Enums, domains and composite types (not the row types every table has). */
        void types(List<SchemaObject> objects) throws SQLException {
            String sql = "SELECT n.nspname, t.typname, t.typtype,"
                    + " CASE t.typtype"
                    + " WHEN 'e' THEN ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid"
                    + " ORDER BY e.enumsortorder)"
                    + " WHEN 'c' THEN ARRAY(SELECT quote_ident(a.attname) || ' ' || format_type(a.atttypid, a.atttypmod)"
                    + " FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped"
                    + " ORDER BY a.attnum)"
                    + " ELSE ARRAY(SELECT pg_get_constraintdef(con.oid, true) FROM pg_constraint con"
                    + " WHERE con.contypid = t.oid ORDER BY con.conname) END,"
                    + " format_type(t.typbasetype, t.typtypmod), t.typnotnull, pg_get_expr(t.typdefaultbin, 0),"
                    + " CASE WHEN t.typcollation <> coalesce((SELECT b.typcollation FROM pg_type b"
                    + " WHERE b.oid = t.typbasetype), 0) THEN " + collationName("t.typcollation") + " END"
                    + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE (t.typtype IN ('e', 'd') OR t.typtype = 'c'"
                    + " AND (SELECT r.relkind FROM pg_class r WHERE r.oid = t.typrelid) = 'c')"
                    + " AND " + USER_SCHEMA + " AND " + notFromExtension("pg_type", "t.oid");
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    String typtype = row.getString(3);
                    List<String> items = list(row.getArray(4));
                    ObjectKind kind = switch (typtype) {
                        case "e" -> ObjectKind.ENUM;
                        case "d" -> ObjectKind.DOMAIN;
                        default -> ObjectKind.COMPOSITE_TYPE;
                    };
                    SchemaObject.Builder type = SchemaObject.builder(ObjectKey.inSchema(kind, row.getString(1), row.getString(2)));
                    switch (kind) {
                        case ENUM -> type.put(Attribute.LABELS, items);
                        case COMPOSITE_TYPE -> type.put(Attribute.MEMBERS, items);
                        default -> type.put(Attribute.TYPE, row.getString(5))
                                .put(Attribute.NOT_NULL, row.getBoolean(6))
                                .put(Attribute.DEFAULT, row.getString(7))
                                .put(Attribute.COLLATION, row.getString(8))
                                .put(Attribute.CHECKS, items);
                    }
                    objects.add(type.build());
                }
            }
        }

        /** Functions and procedures; aggregates and window functions have no CREATE FUNCTION to show. */
        void routines(List<SchemaObject> objects) throws SQLException {
            String sql = "SELECT n.nspname, p.proname, p.prokind,"
                    + " ARRAY(SELECT format_type(a.t, NULL) FROM unnest(p.proargtypes) WITH ORDINALITY a(t, k) ORDER BY a.k),"
                    + " pg_get_function_arguments(p.oid), pg_get_function_result(p.oid), l.lanname, p.provolatile,"
                    + " p.prosecdef, p.prosrc, pg_get_functiondef(p.oid),"
                    // the tables and views whose row type it takes or returns: it is created after them
                    + " ARRAY(SELECT DISTINCT rc.oid::regclass::text FROM pg_type rt JOIN pg_class rc ON rc.oid = rt.typrelid"
                    + " AND rc.relkind IN ('r', 'p', 'v', 'm') WHERE rt.oid = ANY (array_append("
                    + "coalesce(p.proallargtypes, p.proargtypes::oid[]), p.prorettype)))"
                    + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang"
                    + " WHERE p.prokind IN ('f', 'p') AND " + USER_SCHEMA + " AND " + notFromExtension("pg_proc", "p.oid");
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    boolean procedure = row.getString(3).equals("p");
                    ObjectKind kind = procedure ? ObjectKind.PROCEDURE : ObjectKind.FUNCTION;
                    objects.add(SchemaObject.builder(
                                    ObjectKey.routine(kind, row.getString(1), row.getString(2), list(row.getArray(4))))
                            .put(Attribute.ARGUMENTS, row.getString(5))
                            .put(Attribute.RESULT, procedure ? null : row.getString(6))
                            .put(Attribute.LANGUAGE, row.getString(7))
                            .put(Attribute.VOLATILITY, procedure ? null : VOLATILITIES.get(row.getString(8)))
                            .put(Attribute.SECURITY_DEFINER, row.getBoolean(9))
                            .put(Attribute.BODY, row.getString(10))
                            .put(Attribute.DEPENDS_ON, list(row.getArray(12)).stream().sorted().toList())
                            .ddl(row.getString(11))
                            .build());
                }
            }
        }

        /** User triggers; those a partition has from its parent are marked inherited (PostgreSQL 13+ says so). */
        void triggers(List<SchemaObject> objects) throws SQLException {
            String inherited = versionNumber >= 130000 ? "tg.tgparentid <> 0" : "false";
            String sql = "SELECT n.nspname, c.relname, tg.tgname, pg_get_triggerdef(tg.oid, true), " + inherited
                    + " FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE NOT tg.tgisinternal AND " + userRelation("'r', 'p', 'v', 'm'");
            try (ResultSet row = statement.executeQuery(sql)) {
                while (row.next()) {
                    String definition = row.getString(4);
                    objects.add(SchemaObject.builder(
                                    ObjectKey.child(ObjectKind.TRIGGER, row.getString(1), row.getString(2), row.getString(3)))
                            .put(Attribute.DEFINITION, definition)
                            .put(Attribute.INHERITED, row.getBoolean(5))
                            .ddl(definition)
                            .build());
                }
            }
        }
    }

    /** pg_get_viewdef's query without its leading space and final semicolon. */
    static String viewQuery(String definition) {
        String query = definition.strip();
        return query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
    }

    private static List<String> list(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
