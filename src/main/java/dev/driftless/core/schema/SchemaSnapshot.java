package dev.driftless.core.schema;

import dev.driftless.core.sql.SqlDialect;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The structure of one database at one moment, as a {@link SchemaReader} read it: every object
 * under its {@link ObjectKey}, in key order. Immutable. Made to be compared with another snapshot
 * key by key and attribute by attribute (the schema diff), listed (the CLI, the window) and written
 * out as DDL ({@link SchemaScript}).
 */
public final class SchemaSnapshot {
    private static final Comparator<SchemaObject> BY_POSITION_THEN_KEY = Comparator
            .comparingLong((SchemaObject object) -> object.number(Attribute.POSITION).orElse(Long.MAX_VALUE))
            .thenComparing(SchemaObject::key);

    private final SqlDialect dialect;
    private final String serverVersion;
    private final Map<ObjectKey, SchemaObject> objects;
    private final Map<RelationName, List<SchemaObject>> children;

    private record RelationName(String schema, String name) {
    }

    private SchemaSnapshot(SqlDialect dialect, String serverVersion, Map<ObjectKey, SchemaObject> objects) {
        this.dialect = dialect;
        this.serverVersion = serverVersion;
        this.objects = objects;
        Map<RelationName, List<SchemaObject>> byParent = new HashMap<>();
        for (SchemaObject object : objects.values()) {
            if (object.kind().isChild()) {
                byParent.computeIfAbsent(new RelationName(object.key().schema(), object.key().parent()),
                        parent -> new ArrayList<>()).add(object);
            }
        }
        byParent.replaceAll((parent, list) -> list.stream().sorted(BY_POSITION_THEN_KEY).toList());
        this.children = byParent;
    }

    /**
     * A snapshot of these objects.
     *
     * @throws IllegalArgumentException when two objects share a key, naming it
     */
    public static SchemaSnapshot of(SqlDialect dialect, String serverVersion, Collection<SchemaObject> objects) {
        Objects.requireNonNull(dialect, "dialect");
        Map<ObjectKey, SchemaObject> byKey = new TreeMap<>();
        for (SchemaObject object : objects) {
            if (byKey.putIfAbsent(object.key(), object) != null) {
                throw new IllegalArgumentException("two objects are both " + object.key());
            }
        }
        return new SchemaSnapshot(dialect, serverVersion, java.util.Collections.unmodifiableMap(byKey));
    }

    /** The database the snapshot was read from, which also says how its DDL is written. */
    public SqlDialect dialect() {
        return dialect;
    }

    /** The server's version as it reports it ({@code 14.22}, SQLite's {@code 3.50.3}). */
    public String serverVersion() {
        return serverVersion;
    }

    /** Every object, in key order: by schema, then kind, then relation and name. */
    public List<SchemaObject> objects() {
        return List.copyOf(objects.values());
    }

    /** The objects of one kind, in key order. */
    public List<SchemaObject> objects(ObjectKind kind) {
        return objects.values().stream().filter(object -> object.kind() == kind).toList();
    }

    public int size() {
        return objects.size();
    }

    public Optional<SchemaObject> find(ObjectKey key) {
        return Optional.ofNullable(objects.get(key));
    }

    /**
     * The columns, constraints, indexes or triggers of a relation ({@code kind}), columns by their
     * position, the others by name; empty for an object that is no relation.
     */
    public List<SchemaObject> children(SchemaObject relation, ObjectKind kind) {
        if (!relation.kind().isRelation()) {
            return List.of();
        }
        return children.getOrDefault(new RelationName(relation.key().schema(), relation.name()), List.of()).stream()
                .filter(child -> child.kind() == kind)
                .toList();
    }

    /** The table, view or materialized view a column, constraint, index or trigger belongs to. */
    public Optional<SchemaObject> parentOf(SchemaObject child) {
        ObjectKey key = child.key();
        if (!key.kind().isChild()) {
            return Optional.empty();
        }
        for (ObjectKind kind : List.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW)) {
            SchemaObject parent = objects.get(ObjectKey.inSchema(kind, key.schema(), key.parent()));
            if (parent != null) {
                return Optional.of(parent);
            }
        }
        return Optional.empty();
    }

    /** The schemas that hold at least one object or were read as schemas, sorted. */
    public SortedSet<String> schemaNames() {
        SortedSet<String> names = new TreeSet<>();
        for (SchemaObject object : objects.values()) {
            if (object.kind() == ObjectKind.SCHEMA) {
                names.add(object.name());
            } else if (object.key().schema() != null) {
                names.add(object.key().schema());
            }
        }
        return names;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SchemaSnapshot snapshot && dialect == snapshot.dialect
                && Objects.equals(serverVersion, snapshot.serverVersion) && objects.equals(snapshot.objects);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dialect, serverVersion, objects);
    }

    @Override
    public String toString() {
        return dialect + " " + serverVersion + " schema, " + objects.size() + " objects";
    }
}
