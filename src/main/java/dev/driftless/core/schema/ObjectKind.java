package dev.driftless.core.schema;

/**
 * What a {@link SchemaObject} is. Schemas and extensions belong to the database; columns,
 * constraints, indexes and triggers belong to a relation (their key names it as the parent);
 * functions and procedures are told apart by their argument types as well as their name.
 */
public enum ObjectKind {
    SCHEMA("schema", Scope.DATABASE),
    EXTENSION("extension", Scope.DATABASE),
    ENUM("enum", Scope.SCHEMA),
    DOMAIN("domain", Scope.SCHEMA),
    COMPOSITE_TYPE("composite type", Scope.SCHEMA),
    SEQUENCE("sequence", Scope.SCHEMA),
    TABLE("table", Scope.SCHEMA),
    VIEW("view", Scope.SCHEMA),
    MATERIALIZED_VIEW("materialized view", Scope.SCHEMA),
    FUNCTION("function", Scope.ROUTINE),
    PROCEDURE("procedure", Scope.ROUTINE),
    COLUMN("column", Scope.RELATION),
    CONSTRAINT("constraint", Scope.RELATION),
    INDEX("index", Scope.RELATION),
    TRIGGER("trigger", Scope.RELATION);

    /** Where a name of this kind is unique, and so what its key holds. */
    enum Scope {
        /** Unique in the database: no schema. */
        DATABASE,
        /** Unique in its schema. */
        SCHEMA,
        /** Unique in its schema together with its argument types (overloads). */
        ROUTINE,
        /** Unique among the objects of its table, view or materialized view. */
        RELATION
    }

    private final String label;
    private final Scope scope;

    ObjectKind(String label, Scope scope) {
        this.label = label;
        this.scope = scope;
    }

    /** The lowercase words used in the CLI's text and JSON, and in messages ("materialized view"). */
    public String label() {
        return label;
    }

    /** The label as one JSON-friendly word ("materialized_view"). */
    public String jsonName() {
        return label.replace(' ', '_');
    }

    /** Belongs to the database rather than to a schema (schemas, extensions). */
    public boolean isDatabaseLevel() {
        return scope == Scope.DATABASE;
    }

    /** Belongs to a relation (columns, constraints, indexes, triggers). */
    public boolean isChild() {
        return scope == Scope.RELATION;
    }

    /** Keyed by its argument types too (functions, procedures). */
    public boolean isRoutine() {
        return scope == Scope.ROUTINE;
    }

    /** Has columns and may be a parent: tables, views, materialized views. */
    public boolean isRelation() {
        return this == TABLE || this == VIEW || this == MATERIALIZED_VIEW;
    }
}
