package dev.driftless.cli;

import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of `schema show`: per schema its types, sequences, tables (each with its columns,
 * constraints, indexes and triggers), views and routines, then the extensions; one object per
 * line, indented under what it belongs to.
 */
final class SchemaOutline {
    private static final List<ObjectKind> SCHEMA_LEVEL = List.of(ObjectKind.ENUM, ObjectKind.DOMAIN,
            ObjectKind.COMPOSITE_TYPE, ObjectKind.SEQUENCE, ObjectKind.TABLE, ObjectKind.VIEW,
            ObjectKind.MATERIALIZED_VIEW, ObjectKind.FUNCTION, ObjectKind.PROCEDURE);
    private static final String INDENT = "  ";

    private final SchemaSnapshot snapshot;
    private final List<String> lines = new ArrayList<>();

    private SchemaOutline(SchemaSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    static List<String> lines(SchemaSnapshot snapshot) {
        SchemaOutline outline = new SchemaOutline(snapshot);
        outline.all();
        return outline.lines;
    }

    private void all() {
        String database = switch (snapshot.dialect()) {
            case POSTGRESQL -> "PostgreSQL ";
            case SQLITE -> "SQLite ";
        };
        lines.add(database + snapshot.serverVersion());
        for (String schema : snapshot.schemaNames()) {
            List<SchemaObject> objects = new ArrayList<>();
            for (ObjectKind kind : SCHEMA_LEVEL) {
                snapshot.objects(kind).stream().filter(object -> schema.equals(object.key().schema())).forEach(objects::add);
            }
            lines.add("schema " + schema + (objects.isEmpty() ? " (empty)" : ""));
            objects.forEach(this::object);
        }
        for (SchemaObject extension : snapshot.objects(ObjectKind.EXTENSION)) {
            lines.add("extension " + extension.name() + extension.text(Attribute.VERSION).map(" "::concat).orElse("")
                    + extension.text(Attribute.SCHEMA).map(schema -> " in schema " + schema).orElse(""));
        }
    }

    private void object(SchemaObject object) {
        String heading = INDENT + object.key().toString();
        String summary = summary(object);
        lines.add(summary.isEmpty() ? heading : heading + "  " + summary);
        if (object.kind().isRelation()) {
            relationParts(object);
        }
    }

    private static String summary(SchemaObject object) {
        List<String> parts = new ArrayList<>();
        switch (object.kind()) {
            case ENUM -> parts.add(String.join(", ", object.list(Attribute.LABELS).stream()
                    .map(label -> "'" + label.replace("'", "''") + "'").toList()));
            case COMPOSITE_TYPE -> parts.add("(" + String.join(", ", object.list(Attribute.MEMBERS)) + ")");
            case DOMAIN -> {
                parts.add(object.text(Attribute.TYPE).orElse(""));
                object.text(Attribute.DEFAULT).ifPresent(value -> parts.add("default " + value));
                if (object.flag(Attribute.NOT_NULL)) {
                    parts.add("not null");
                }
                parts.addAll(object.list(Attribute.CHECKS));
            }
            case SEQUENCE -> {
                object.text(Attribute.TYPE).ifPresent(parts::add);
                object.number(Attribute.START).ifPresent(value -> parts.add("start " + value));
                object.number(Attribute.INCREMENT).ifPresent(value -> parts.add("increment " + value));
                object.text(Attribute.OWNED_BY).ifPresent(column -> parts.add("owned by " + column));
            }
            case TABLE -> {
                if (object.flag(Attribute.UNLOGGED)) {
                    parts.add("unlogged");
                }
                if (object.flag(Attribute.WITHOUT_ROWID)) {
                    parts.add("without rowid");
                }
                if (object.flag(Attribute.STRICT)) {
                    parts.add("strict");
                }
                object.text(Attribute.PARTITION_KEY).ifPresent(key -> parts.add("partitioned by " + key));
                object.text(Attribute.PARTITION_OF).ifPresent(parent -> parts.add("partition of " + parent + " "
                        + object.text(Attribute.PARTITION_BOUND).orElse("")));
                if (!object.list(Attribute.INHERITS).isEmpty()) {
                    parts.add("inherits " + String.join(", ", object.list(Attribute.INHERITS)));
                }
                object.number(Attribute.ROW_ESTIMATE).ifPresent(rows -> parts.add("~" + rows + " rows"));
            }
            case MATERIALIZED_VIEW -> object.number(Attribute.ROW_ESTIMATE).ifPresent(rows -> parts.add("~" + rows + " rows"));
            case FUNCTION, PROCEDURE -> {
                object.text(Attribute.RESULT).ifPresent(result -> parts.add("returns " + result));
                object.text(Attribute.LANGUAGE).ifPresent(language -> parts.add("language " + language));
                object.text(Attribute.VOLATILITY).ifPresent(parts::add);
                if (object.flag(Attribute.SECURITY_DEFINER)) {
                    parts.add("security definer");
                }
            }
            default -> {
                // views show their query below their columns
            }
        }
        return String.join(", ", parts.stream().filter(part -> !part.isEmpty()).toList());
    }

    private void relationParts(SchemaObject relation) {
        String indent = INDENT + INDENT;
        List<SchemaObject> columns = snapshot.children(relation, ObjectKind.COLUMN);
        int width = columns.stream().mapToInt(column -> column.name().length()).max().orElse(0);
        for (SchemaObject column : columns) {
            lines.add(indent + padded(column.name(), width) + "  " + column(column));
        }
        for (ObjectKind kind : List.of(ObjectKind.CONSTRAINT, ObjectKind.INDEX, ObjectKind.TRIGGER)) {
            for (SchemaObject part : snapshot.children(relation, kind)) {
                String definition = part.text(Attribute.DEFINITION).orElse("");
                // SQLite's constraints are named by their definition; say it once.
                String name = part.name().equals(definition) ? "" : part.name() + "  ";
                lines.add(indent + kind.label() + " " + name + definition
                        + (part.flag(Attribute.INHERITED) ? "  (inherited)" : ""));
            }
        }
        if (relation.kind() != ObjectKind.TABLE) {
            relation.text(Attribute.DEFINITION).ifPresent(query -> query.lines()
                    .forEach(line -> lines.add(indent + "| " + line)));
        }
    }

    private static String column(SchemaObject column) {
        List<String> parts = new ArrayList<>();
        parts.add(column.text(Attribute.TYPE).orElse("(no type)"));
        column.text(Attribute.COLLATION).ifPresent(collation -> parts.add("collate " + collation));
        if (column.flag(Attribute.NOT_NULL)) {
            parts.add("not null");
        }
        column.text(Attribute.DEFAULT).ifPresent(value -> parts.add("default " + value));
        column.text(Attribute.IDENTITY).ifPresent(identity -> parts.add("identity " + identity + " (start "
                + column.number(Attribute.START).orElse(1) + ", increment "
                + column.number(Attribute.INCREMENT).orElse(1) + ")"));
        column.text(Attribute.GENERATED).ifPresentOrElse(expression -> parts.add("generated as (" + expression + ") "
                        + column.text(Attribute.GENERATED_STORAGE).orElse("stored")),
                () -> column.text(Attribute.GENERATED_STORAGE).ifPresent(storage -> parts.add("generated, " + storage)));
        if (column.flag(Attribute.HIDDEN)) {
            parts.add("hidden");
        }
        if (column.flag(Attribute.INHERITED)) {
            parts.add("inherited");
        }
        return String.join(" ", parts);
    }

    private static String padded(String text, int width) {
        return String.format(Locale.ROOT, "%-" + Math.max(width, 1) + "s", text);
    }
}
