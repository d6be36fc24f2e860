package dev.driftless.ui.database;

import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaScript;
import dev.driftless.core.schema.SchemaSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the Object pane shows of one object, taken from a snapshot: its columns, indexes, constraints, foreign
 * keys (with the table each references, when it is in the snapshot), triggers, row estimate and DDL.
 */
public record ObjectDetail(ObjectKey key, List<Column> columns, List<Part> indexes, List<Part> constraints,
                           List<ForeignKey> foreignKeys, List<Part> triggers, String rowEstimate, String ddl) {

    /** A column: name, type, whether it takes NULL, its default, and how it is generated (identity or expression). */
    public record Column(String name, String type, boolean nullable, String defaultValue, String generated) {
    }

    /** An index, constraint or trigger: its name and definition. */
    public record Part(String name, String definition) {
        /** "name: definition", or the definition alone when it is the name (SQLite's unnamed constraints). */
        public String line() {
            return ObjectDetail.line(name, definition);
        }
    }

    /** A foreign key; {@code referenced} is null when the referenced table is not in the snapshot. */
    public record ForeignKey(String name, String definition, ObjectKey referenced) {
        /** As {@link Part#line()}. */
        public String line() {
            return ObjectDetail.line(name, definition);
        }
    }

    private static String line(String name, String definition) {
        return name.equals(definition) ? definition : name + ": " + definition;
    }

    private static final String FOREIGN_KEY = "foreign key";
    private static final String NAME = "(\"(?:[^\"]|\"\")*\"|[^\\s(.\"]+)";
    private static final Pattern REFERENCES = Pattern.compile("REFERENCES\\s+" + NAME + "(?:\\." + NAME + ")?",
            Pattern.CASE_INSENSITIVE);

    /** The detail of {@code object} as {@code snapshot} has it. */
    public static ObjectDetail of(SchemaSnapshot snapshot, SchemaObject object) {
        List<Column> columns = snapshot.children(object, ObjectKind.COLUMN).stream().map(ObjectDetail::column).toList();
        List<Part> indexes = parts(snapshot.children(object, ObjectKind.INDEX));
        List<SchemaObject> allConstraints = snapshot.children(object, ObjectKind.CONSTRAINT);
        List<Part> constraints = parts(allConstraints.stream()
                .filter(constraint -> !constraint.text(Attribute.CONSTRAINT_TYPE).orElse("").equals(FOREIGN_KEY))
                .toList());
        List<ForeignKey> foreignKeys = allConstraints.stream()
                .filter(constraint -> constraint.text(Attribute.CONSTRAINT_TYPE).orElse("").equals(FOREIGN_KEY))
                .map(constraint -> foreignKey(snapshot, constraint))
                .toList();
        List<Part> triggers = parts(snapshot.children(object, ObjectKind.TRIGGER));
        String estimate = !object.kind().isRelation() ? "" : object.number(Attribute.ROW_ESTIMATE).isPresent()
                ? "about " + object.number(Attribute.ROW_ESTIMATE).getAsLong() + " rows (the database's estimate)"
                : "no row estimate (count the rows in Data)";
        List<String> statements = SchemaScript.statementsFor(snapshot, object);
        String ddl = statements.isEmpty() ? "-- the database gives no DDL for this " + object.kind().label()
                : String.join("\n\n", statements) + "\n";
        return new ObjectDetail(object.key(), columns, indexes, constraints, foreignKeys, triggers, estimate, ddl);
    }

    private static Column column(SchemaObject column) {
        String generated = column.text(Attribute.IDENTITY).map(identity -> "identity, generated " + identity)
                .or(() -> column.text(Attribute.GENERATED).map(expression -> "generated as " + expression
                        + column.text(Attribute.GENERATED_STORAGE).map(storage -> " (" + storage + ")").orElse("")))
                .orElse("");
        return new Column(column.name(), column.text(Attribute.TYPE).orElse(""), !column.flag(Attribute.NOT_NULL),
                column.text(Attribute.DEFAULT).orElse(""), generated);
    }

    private static List<Part> parts(List<SchemaObject> objects) {
        return objects.stream().map(object -> new Part(object.name(), definition(object))).toList();
    }

    private static String definition(SchemaObject object) {
        return object.serverDdl().or(() -> object.text(Attribute.DEFINITION)).orElse("");
    }

    private static ForeignKey foreignKey(SchemaSnapshot snapshot, SchemaObject constraint) {
        String definition = definition(constraint);
        return new ForeignKey(constraint.name(), definition, referenced(snapshot, constraint.key().schema(), definition)
                .orElse(null));
    }

    /** The table named after REFERENCES, in the constraint's schema when the name is not qualified. */
    static Optional<ObjectKey> referenced(SchemaSnapshot snapshot, String schema, String definition) {
        Matcher matcher = REFERENCES.matcher(definition);
        if (!matcher.find()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        parts.add(unquote(matcher.group(1)));
        if (matcher.group(2) != null) {
            parts.add(unquote(matcher.group(2)));
        }
        ObjectKey key = parts.size() == 2 ? ObjectKey.inSchema(ObjectKind.TABLE, parts.get(0), parts.get(1))
                : ObjectKey.inSchema(ObjectKind.TABLE, schema, parts.get(0));
        return snapshot.find(key).map(SchemaObject::key);
    }

    private static String unquote(String name) {
        return name.startsWith("\"") ? name.substring(1, name.length() - 1).replace("\"\"", "\"") : name;
    }
}
