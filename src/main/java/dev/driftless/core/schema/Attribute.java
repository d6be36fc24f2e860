package dev.driftless.core.schema;

import java.util.List;

/**
 * One normalised fact about a schema object, compared one by one between two snapshots. Each has
 * one value type and a {@link Role} that tells a comparison whether it is structure, order only
 * (column positions, which a comparison may ignore) or information that is no part of the schema
 * (row estimates). An attribute the object does not have is absent, not empty: a column without a
 * default has no {@link #DEFAULT}, and a flag is present only when it is set (a nullable column
 * has no {@link #NOT_NULL}).
 */
public enum Attribute {
    // columns, domains, sequences
    /** The type as the database formats it: {@code character varying(20)}, {@code public.order_status}. */
    TYPE(ValueType.TEXT, Role.STRUCTURE),
    NOT_NULL(ValueType.FLAG, Role.STRUCTURE),
    /** The default expression as the database deparses it: {@code nextval('public.orders_id_seq'::regclass)}. */
    DEFAULT(ValueType.TEXT, Role.STRUCTURE),
    /** An identity column's generation: {@code always} or {@code by default}. */
    IDENTITY(ValueType.TEXT, Role.STRUCTURE),
    /** A generated column's expression (PostgreSQL's deparsed, SQLite's read from the table's statement). */
    GENERATED(ValueType.TEXT, Role.STRUCTURE),
    /** A generated column's storage: {@code stored} or {@code virtual} (SQLite). */
    GENERATED_STORAGE(ValueType.TEXT, Role.STRUCTURE),
    /** A collation other than the type's default. */
    COLLATION(ValueType.TEXT, Role.STRUCTURE),
    /** A column hidden from {@code SELECT *} (columns of SQLite virtual tables). */
    HIDDEN(ValueType.FLAG, Role.STRUCTURE),
    /** A column's place among its relation's columns, from 1. */
    POSITION(ValueType.NUMBER, Role.ORDER),
    /** Comes from a parent table or index (a partition's or an inheriting table's), not declared here. */
    INHERITED(ValueType.FLAG, Role.STRUCTURE),
    // sequences and identity columns
    START(ValueType.NUMBER, Role.STRUCTURE),
    INCREMENT(ValueType.NUMBER, Role.STRUCTURE),
    MIN_VALUE(ValueType.NUMBER, Role.STRUCTURE),
    MAX_VALUE(ValueType.NUMBER, Role.STRUCTURE),
    CACHE(ValueType.NUMBER, Role.STRUCTURE),
    CYCLE(ValueType.FLAG, Role.STRUCTURE),
    /** The column a sequence belongs to, {@code schema.table.column} (a serial column's sequence). */
    OWNED_BY(ValueType.TEXT, Role.STRUCTURE),
    // tables
    UNLOGGED(ValueType.FLAG, Role.STRUCTURE),
    /** How a partitioned table is partitioned: {@code RANGE (happened_on)}. */
    PARTITION_KEY(ValueType.TEXT, Role.STRUCTURE),
    /** The partitioned table (or, for an index, the partitioned index) this one is a partition of. */
    PARTITION_OF(ValueType.TEXT, Role.STRUCTURE),
    /** A partition's bound: {@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')}. */
    PARTITION_BOUND(ValueType.TEXT, Role.STRUCTURE),
    /** The tables a table inherits from ({@code INHERITS}), partitions excepted. */
    INHERITS(ValueType.LIST, Role.STRUCTURE),
    WITHOUT_ROWID(ValueType.FLAG, Role.STRUCTURE),
    STRICT(ValueType.FLAG, Role.STRUCTURE),
    /** The planner's estimate of a table's rows; absent when the table was never analysed. */
    ROW_ESTIMATE(ValueType.NUMBER, Role.INFORMATION),
    // constraints, indexes, views, triggers
    /** {@code primary key}, {@code unique}, {@code check}, {@code exclusion} or {@code foreign key}. */
    CONSTRAINT_TYPE(ValueType.TEXT, Role.STRUCTURE),
    /**
     * The definition as the database deparses it (a constraint's clause, an index's or trigger's
     * statement, a view's query), or for SQLite the statement as written, normalised as SQL tokens.
     */
    DEFINITION(ValueType.TEXT, Role.STRUCTURE),
    UNIQUE(ValueType.FLAG, Role.STRUCTURE),
    /** An index's access method: {@code btree}, {@code gist}... */
    METHOD(ValueType.TEXT, Role.STRUCTURE),
    /** An index's key columns or expressions, in order. */
    COLUMNS(ValueType.LIST, Role.STRUCTURE),
    /** A partial index's condition. */
    PREDICATE(ValueType.TEXT, Role.STRUCTURE),
    /** The relations a view reads, or whose row type a routine takes or returns; used to order DDL. */
    DEPENDS_ON(ValueType.LIST, Role.INFORMATION),
    // types
    /** An enum's labels in their sort order. */
    LABELS(ValueType.LIST, Role.STRUCTURE),
    /** A composite type's members as {@code name type}. */
    MEMBERS(ValueType.LIST, Role.STRUCTURE),
    /** A domain's check constraints as the database deparses them. */
    CHECKS(ValueType.LIST, Role.STRUCTURE),
    // routines
    /** All arguments with names, modes and defaults: {@code amount numeric, rate numeric DEFAULT 0.2}. */
    ARGUMENTS(ValueType.TEXT, Role.STRUCTURE),
    /** A function's result type: {@code numeric}, {@code trigger}, {@code SETOF public.orders}. */
    RESULT(ValueType.TEXT, Role.STRUCTURE),
    LANGUAGE(ValueType.TEXT, Role.STRUCTURE),
    /** {@code immutable}, {@code stable} or {@code volatile}. */
    VOLATILITY(ValueType.TEXT, Role.STRUCTURE),
    SECURITY_DEFINER(ValueType.FLAG, Role.STRUCTURE),
    /** The routine's body as stored (its source text, without the CREATE around it). */
    BODY(ValueType.TEXT, Role.STRUCTURE),
    // extensions
    VERSION(ValueType.TEXT, Role.STRUCTURE),
    /** The schema an extension's objects are in. */
    SCHEMA(ValueType.TEXT, Role.STRUCTURE);

    /** What values an attribute takes. */
    public enum ValueType {
        /** A {@link String}. */
        TEXT(String.class),
        /** A {@link Boolean}. */
        FLAG(Boolean.class),
        /** A {@link Long}. */
        NUMBER(Long.class),
        /** An unmodifiable {@link List} of {@link String}s. */
        LIST(List.class);

        private final Class<?> javaType;

        ValueType(Class<?> javaType) {
            this.javaType = javaType;
        }

        boolean accepts(Object value) {
            return javaType.isInstance(value)
                    && (this != LIST || ((List<?>) value).stream().allMatch(String.class::isInstance));
        }
    }

    /** What an attribute says about the schema, so a comparison can choose what to look at. */
    public enum Role {
        /** Part of the schema: a difference is drift. */
        STRUCTURE,
        /** Only the order of things (column positions): a comparison may ignore it. */
        ORDER,
        /** Not part of the schema (estimates, ordering hints): shown, never compared. */
        INFORMATION
    }

    private final ValueType valueType;
    private final Role role;

    Attribute(ValueType valueType, Role role) {
        this.valueType = valueType;
        this.role = role;
    }

    public ValueType valueType() {
        return valueType;
    }

    public Role role() {
        return role;
    }

    /** The name in JSON: {@code not_null}, {@code row_estimate}. */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
