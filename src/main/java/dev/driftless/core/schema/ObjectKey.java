package dev.driftless.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What identifies a schema object in two snapshots of the same schema: its kind, its schema, the
 * relation it belongs to (columns, constraints, indexes, triggers), its name and, for functions
 * and procedures, the types of its arguments. Names are kept as the database spells them,
 * unquoted. Two snapshots are compared object by object under equal keys.
 *
 * @param kind          what it is
 * @param schema        the schema it lives in; null for schemas and extensions
 * @param parent        the table, view or materialized view it belongs to (same schema); null unless
 *                      {@link ObjectKind#isChild()}
 * @param name          its name
 * @param argumentTypes a routine's input argument types as the database formats them; empty for
 *                      every other kind
 */
public record ObjectKey(ObjectKind kind, String schema, String parent, String name, List<String> argumentTypes)
        implements Comparable<ObjectKey> {

    private static final Comparator<ObjectKey> ORDER = Comparator
            .comparing(ObjectKey::schema, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectKey::kind)
            .thenComparing(ObjectKey::parent, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ObjectKey::name)
            .thenComparing(key -> String.join(",", key.argumentTypes()));

    public ObjectKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        argumentTypes = List.copyOf(argumentTypes);
        if (kind.isDatabaseLevel() != (schema == null)) {
            throw new IllegalArgumentException(kind.label() + " " + name
                    + (schema == null ? " needs a schema" : " belongs to the database, not to schema " + schema));
        }
        if (kind.isChild() != (parent != null)) {
            throw new IllegalArgumentException(kind.label() + " " + name
                    + (parent == null ? " needs the relation it belongs to" : " belongs to no relation"));
        }
        if (!kind.isRoutine() && !argumentTypes.isEmpty()) {
            throw new IllegalArgumentException(kind.label() + " " + name + " has no argument types");
        }
    }

    /** A schema or an extension. */
    public static ObjectKey database(ObjectKind kind, String name) {
        return new ObjectKey(kind, null, null, name, List.of());
    }

    /** A type, sequence, table, view or materialized view. */
    public static ObjectKey inSchema(ObjectKind kind, String schema, String name) {
        return new ObjectKey(kind, schema, null, name, List.of());
    }

    /** A function or procedure with the types of its input arguments. */
    public static ObjectKey routine(ObjectKind kind, String schema, String name, List<String> argumentTypes) {
        return new ObjectKey(kind, schema, null, name, argumentTypes);
    }

    /** A column, constraint, index or trigger of the relation {@code schema.parent}. */
    public static ObjectKey child(ObjectKind kind, String schema, String parent, String name) {
        return new ObjectKey(kind, schema, parent, name, List.of());
    }

    /**
     * The name to show: {@code public.orders}, {@code public.orders.status} (a child),
     * {@code public.add_tax(numeric, numeric)} (a routine), {@code citext} (an extension).
     */
    public String qualifiedName() {
        StringBuilder text = new StringBuilder();
        if (schema != null) {
            text.append(schema).append('.');
        }
        if (parent != null) {
            text.append(parent).append('.');
        }
        text.append(name);
        if (kind.isRoutine()) {
            text.append('(').append(String.join(", ", argumentTypes)).append(')');
        }
        return text.toString();
    }

    /** Kind and name, as messages name an object: {@code column public.orders.status}. */
    @Override
    public String toString() {
        return kind.label() + " " + qualifiedName();
    }

    /** Schema, then kind, then relation, name and arguments: the order snapshots list their objects in. */
    @Override
    public int compareTo(ObjectKey other) {
        return ORDER.compare(this, other);
    }
}
