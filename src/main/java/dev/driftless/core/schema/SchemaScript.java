package dev.driftless.core.schema;

import dev.driftless.core.sql.SqlDialect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import static dev.driftless.core.schema.SqlIdentifiers.qualified;
import static dev.driftless.core.schema.SqlIdentifiers.quote;

/**
 * A snapshot written out as DDL, one statement per object, in an order that replays: on
 * PostgreSQL schemas, extensions, types, sequences and functions before tables, parents before
 * partitions, tables before their constraints and indexes, foreign keys after every index,
 * views after what they read, triggers last. Where the database has its own DDL for an object
 * (indexes, functions, triggers, everything on SQLite) that text is used; tables, sequences,
 * types and views are built from their attributes.
 *
 * <p>Objects that come with another are not written again: inherited columns, constraints and
 * triggers of partitions, and the indexes that back constraints (never in a snapshot).
 */
public final class SchemaScript {
    /** Lets bodies name tables created further down, as pg_dump's output does. */
    private static final String UNCHECKED_BODIES = "SET check_function_bodies = false;";

    private final SchemaSnapshot snapshot;
    private final List<String> statements = new ArrayList<>();

    private SchemaScript(SchemaSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    /** The statements, each ending in a semicolon, in replay order. */
    public static List<String> statements(SchemaSnapshot snapshot) {
        SchemaScript script = new SchemaScript(snapshot);
        if (snapshot.dialect() == SqlDialect.SQLITE) {
            script.sqlite();
        } else {
            script.postgres();
        }
        return List.copyOf(script.statements);
    }

    /**
     * The statements that make one object and what belongs to it (a table's constraints, indexes and
     * triggers), for showing it; a column, constraint, index or trigger alone has its server's DDL if any.
     */
    public static List<String> statementsFor(SchemaSnapshot snapshot, SchemaObject object) {
        if (object.kind().isChild()) {
            return object.serverDdl().map(ddl -> List.of(withSemicolon(ddl))).orElse(List.of());
        }
        List<SchemaObject> objects = new ArrayList<>(List.of(object));
        for (ObjectKind kind : List.of(ObjectKind.COLUMN, ObjectKind.CONSTRAINT, ObjectKind.INDEX, ObjectKind.TRIGGER)) {
            objects.addAll(snapshot.children(object, kind));
        }
        return statements(SchemaSnapshot.of(snapshot.dialect(), snapshot.serverVersion(), objects)).stream()
                .filter(statement -> !statement.equals(UNCHECKED_BODIES))
                .toList();
    }

    /** The statements as one script, a blank line between statements. */
    public static String render(SchemaSnapshot snapshot) {
        return String.join("\n\n", statements(snapshot)) + "\n";
    }

    private void sqlite() {
        // SQLite checks a trigger's table when it is created, not a view's tables; foreign keys are checked on use.
        for (ObjectKind kind : List.of(ObjectKind.TABLE, ObjectKind.INDEX, ObjectKind.VIEW, ObjectKind.TRIGGER)) {
            for (SchemaObject object : snapshot.objects(kind)) {
                object.serverDdl().ifPresent(ddl -> statements.add(withSemicolon(ddl)));
            }
        }
    }

    private void postgres() {
        statements.add(UNCHECKED_BODIES);
        for (SchemaObject schema : snapshot.objects(ObjectKind.SCHEMA)) {
            statements.add("CREATE SCHEMA IF NOT EXISTS " + quote(schema.name()) + ";");
        }
        for (SchemaObject extension : snapshot.objects(ObjectKind.EXTENSION)) {
            statements.add("CREATE EXTENSION IF NOT EXISTS " + quote(extension.name())
                    + extension.text(Attribute.SCHEMA).map(schema -> " WITH SCHEMA " + quote(schema)).orElse("") + ";");
        }
        snapshot.objects(ObjectKind.ENUM).forEach(type -> statements.add("CREATE TYPE " + name(type) + " AS ENUM ("
                + String.join(", ", type.list(Attribute.LABELS).stream().map(SqlIdentifiers::literal).toList()) + ");"));
        snapshot.objects(ObjectKind.DOMAIN).forEach(this::domain);
        snapshot.objects(ObjectKind.COMPOSITE_TYPE).forEach(type -> statements.add("CREATE TYPE " + name(type)
                + " AS (" + String.join(", ", type.list(Attribute.MEMBERS)) + ");"));
        snapshot.objects(ObjectKind.SEQUENCE).forEach(this::sequence);
        routines(routine -> routine.list(Attribute.DEPENDS_ON).isEmpty());

        List<SchemaObject> tables = dependencyOrder(snapshot.objects(ObjectKind.TABLE), table -> {
            List<String> parents = new ArrayList<>(table.list(Attribute.INHERITS));
            table.text(Attribute.PARTITION_OF).ifPresent(parents::add);
            return parents;
        });
        tables.forEach(this::table);
        tables.forEach(table -> constraints(table, constraint -> !deferred(constraint)));
        indexes(tables);
        tables.forEach(table -> constraints(table, SchemaScript::deferred));
        for (SchemaObject sequence : snapshot.objects(ObjectKind.SEQUENCE)) {
            sequence.text(Attribute.OWNED_BY).ifPresent(column ->
                    statements.add("ALTER SEQUENCE " + name(sequence) + " OWNED BY " + column + ";"));
        }

        List<SchemaObject> views = new ArrayList<>(snapshot.objects(ObjectKind.VIEW));
        views.addAll(snapshot.objects(ObjectKind.MATERIALIZED_VIEW));
        views = dependencyOrder(views, view -> view.list(Attribute.DEPENDS_ON));
        views.forEach(this::view);
        routines(routine -> !routine.list(Attribute.DEPENDS_ON).isEmpty());
        indexes(snapshot.objects(ObjectKind.MATERIALIZED_VIEW));
        for (SchemaObject relation : concat(tables, views)) {
            for (SchemaObject trigger : snapshot.children(relation, ObjectKind.TRIGGER)) {
                if (!trigger.flag(Attribute.INHERITED)) {
                    trigger.serverDdl().ifPresent(ddl -> statements.add(withSemicolon(ddl)));
                }
            }
        }
    }

    private void routines(Predicate<SchemaObject> which) {
        List<SchemaObject> routines = new ArrayList<>(snapshot.objects(ObjectKind.FUNCTION));
        routines.addAll(snapshot.objects(ObjectKind.PROCEDURE));
        for (SchemaObject routine : routines) {
            if (which.test(routine)) {
                routine.serverDdl().ifPresent(ddl -> statements.add(withSemicolon(ddl)));
            }
        }
    }

    private void domain(SchemaObject domain) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(name(domain)).append(" AS ")
                .append(domain.text(Attribute.TYPE).orElseThrow());
        domain.text(Attribute.COLLATION).ifPresent(collation -> sql.append(" COLLATE ").append(collation));
        domain.text(Attribute.DEFAULT).ifPresent(value -> sql.append(" DEFAULT ").append(value));
        if (domain.flag(Attribute.NOT_NULL)) {
            sql.append(" NOT NULL");
        }
        domain.list(Attribute.CHECKS).forEach(check -> sql.append(' ').append(check));
        statements.add(sql.append(';').toString());
    }

    private void sequence(SchemaObject sequence) {
        StringBuilder sql = new StringBuilder("CREATE SEQUENCE ").append(name(sequence));
        sequence.text(Attribute.TYPE).ifPresent(type -> sql.append(" AS ").append(type));
        sequence.number(Attribute.START).ifPresent(value -> sql.append(" START WITH ").append(value));
        sequence.number(Attribute.INCREMENT).ifPresent(value -> sql.append(" INCREMENT BY ").append(value));
        sequence.number(Attribute.MIN_VALUE).ifPresent(value -> sql.append(" MINVALUE ").append(value));
        sequence.number(Attribute.MAX_VALUE).ifPresent(value -> sql.append(" MAXVALUE ").append(value));
        sequence.number(Attribute.CACHE).ifPresent(value -> sql.append(" CACHE ").append(value));
        if (sequence.flag(Attribute.CYCLE)) {
            sql.append(" CYCLE");
        }
        statements.add(sql.append(';').toString());
    }

    private void table(SchemaObject table) {
        StringBuilder sql = new StringBuilder("CREATE ");
        if (table.flag(Attribute.UNLOGGED)) {
            sql.append("UNLOGGED ");
        }
        sql.append("TABLE ").append(name(table));
        List<String> columns = snapshot.children(table, ObjectKind.COLUMN).stream()
                .filter(column -> !column.flag(Attribute.INHERITED))
                .map(SchemaScript::column)
                .toList();
        String partitionOf = table.text(Attribute.PARTITION_OF).orElse(null);
        if (partitionOf != null) {
            sql.append(" PARTITION OF ").append(partitionOf);
            if (!columns.isEmpty()) {
                sql.append(" (\n    ").append(String.join(",\n    ", columns)).append("\n)");
            }
            sql.append(' ').append(table.text(Attribute.PARTITION_BOUND).orElse("DEFAULT"));
        } else {
            sql.append(columns.isEmpty() ? " ()" : " (\n    " + String.join(",\n    ", columns) + "\n)");
            List<String> inherits = table.list(Attribute.INHERITS);
            if (!inherits.isEmpty()) {
                sql.append(" INHERITS (").append(String.join(", ", inherits)).append(')');
            }
        }
        table.text(Attribute.PARTITION_KEY).ifPresent(key -> sql.append(" PARTITION BY ").append(key));
        statements.add(sql.append(';').toString());
    }

    private static String column(SchemaObject column) {
        StringBuilder sql = new StringBuilder(quote(column.name())).append(' ')
                .append(column.text(Attribute.TYPE).orElseThrow());
        column.text(Attribute.COLLATION).ifPresent(collation -> sql.append(" COLLATE ").append(collation));
        column.text(Attribute.GENERATED).ifPresent(expression ->
                sql.append(" GENERATED ALWAYS AS (").append(expression).append(") STORED"));
        column.text(Attribute.IDENTITY).ifPresent(identity -> {
            sql.append(" GENERATED ").append(identity.toUpperCase(java.util.Locale.ROOT)).append(" AS IDENTITY");
            List<String> options = new ArrayList<>();
            column.number(Attribute.START).ifPresent(start -> options.add("START WITH " + start));
            column.number(Attribute.INCREMENT).ifPresent(increment -> options.add("INCREMENT BY " + increment));
            if (!options.isEmpty()) {
                sql.append(" (").append(String.join(" ", options)).append(')');
            }
        });
        column.text(Attribute.DEFAULT).ifPresent(value -> sql.append(" DEFAULT ").append(value));
        if (column.flag(Attribute.NOT_NULL)) {
            sql.append(" NOT NULL");
        }
        return sql.toString();
    }

    /** Foreign keys wait for every index (they need a unique one to point at), NOT VALID ones for the data. */
    private static boolean deferred(SchemaObject constraint) {
        return "foreign key".equals(constraint.text(Attribute.CONSTRAINT_TYPE).orElse(""))
                || constraint.text(Attribute.DEFINITION).orElse("").endsWith("NOT VALID");
    }

    private void constraints(SchemaObject table, Predicate<SchemaObject> which) {
        for (SchemaObject constraint : snapshot.children(table, ObjectKind.CONSTRAINT)) {
            if (!constraint.flag(Attribute.INHERITED) && which.test(constraint)) {
                statements.add("ALTER TABLE " + name(table) + " ADD CONSTRAINT " + quote(constraint.name()) + " "
                        + constraint.text(Attribute.DEFINITION).orElseThrow() + ";");
            }
        }
    }

    /** A partition's index is created and then attached to its parent's, as pg_dump does. */
    private void indexes(List<SchemaObject> relations) {
        List<SchemaObject> indexes = new ArrayList<>();
        for (SchemaObject relation : relations) {
            indexes.addAll(snapshot.children(relation, ObjectKind.INDEX));
        }
        for (SchemaObject index : dependencyOrder(indexes, index -> index.text(Attribute.PARTITION_OF).stream().toList())) {
            index.serverDdl().ifPresent(ddl -> statements.add(withSemicolon(ddl)));
            index.text(Attribute.PARTITION_OF).ifPresent(parent -> statements.add("ALTER INDEX " + parent
                    + " ATTACH PARTITION " + qualified(index.key().schema(), index.name()) + ";"));
        }
    }

    private void view(SchemaObject view) {
        boolean materialized = view.kind() == ObjectKind.MATERIALIZED_VIEW;
        statements.add("CREATE " + (materialized ? "MATERIALIZED VIEW " : "VIEW ") + name(view) + " AS\n"
                + view.text(Attribute.DEFINITION).orElseThrow() + (materialized ? "\nWITH NO DATA;" : ";"));
    }

    private static String name(SchemaObject object) {
        return qualified(object.key().schema(), object.name());
    }

    private static String withSemicolon(String ddl) {
        String trimmed = ddl.strip();
        return trimmed.endsWith(";") ? trimmed : trimmed + ";";
    }

    private static List<SchemaObject> concat(List<SchemaObject> first, List<SchemaObject> second) {
        List<SchemaObject> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /**
     * The objects with each one's dependencies among them placed before it, otherwise in the given
     * order. Dependencies are qualified names as the database writes them ({@code public.orders});
     * names of objects not in the list are ignored, and a cycle is broken where it is found.
     */
    static List<SchemaObject> dependencyOrder(List<SchemaObject> objects,
                                              Function<SchemaObject, List<String>> dependencies) {
        Map<String, SchemaObject> byName = new LinkedHashMap<>();
        for (SchemaObject object : objects) {
            byName.put(qualified(object.key().schema(), object.name()), object);
            byName.putIfAbsent(object.key().schema() + "." + object.name(), object);
        }
        List<SchemaObject> ordered = new ArrayList<>();
        Set<SchemaObject> placed = new HashSet<>();
        Map<SchemaObject, Boolean> visiting = new HashMap<>();
        for (SchemaObject object : objects) {
            place(object, dependencies, byName, ordered, placed, visiting);
        }
        return ordered;
    }

    private static void place(SchemaObject object, Function<SchemaObject, List<String>> dependencies,
                              Map<String, SchemaObject> byName, List<SchemaObject> ordered, Set<SchemaObject> placed,
                              Map<SchemaObject, Boolean> visiting) {
        if (placed.contains(object) || visiting.putIfAbsent(object, true) != null) {
            return;
        }
        for (String dependency : dependencies.apply(object)) {
            SchemaObject before = byName.get(dependency);
            if (before != null && before != object) {
                place(before, dependencies, byName, ordered, placed, visiting);
            }
        }
        placed.add(object);
        ordered.add(object);
    }
}
