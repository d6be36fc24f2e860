package dev.driftless.ui.database;

import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaSnapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Builds the Database view's tree from a snapshot: each schema, then its groups (Tables, Views, Materialized
 * views, Sequences, Types, Functions and procedures) and their objects, then the database's extensions.
 * A filter keeps the objects whose name contains it (ignoring case) and the schemas and groups above them.
 */
public final class SchemaTree {
    private record Group(String label, Set<ObjectKind> kinds) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("Tables", Set.of(ObjectKind.TABLE)),
            new Group("Views", Set.of(ObjectKind.VIEW)),
            new Group("Materialized views", Set.of(ObjectKind.MATERIALIZED_VIEW)),
            new Group("Sequences", Set.of(ObjectKind.SEQUENCE)),
            new Group("Types", Set.of(ObjectKind.ENUM, ObjectKind.DOMAIN, ObjectKind.COMPOSITE_TYPE)),
            new Group("Functions and procedures", Set.of(ObjectKind.FUNCTION, ObjectKind.PROCEDURE)));

    private SchemaTree() {
    }

    /** The schemas and the extensions group as the tree's top entries; {@code filter} blank keeps everything. */
    public static List<SchemaTreeNode> of(SchemaSnapshot snapshot, String filter) {
        String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        List<SchemaTreeNode> top = new ArrayList<>();
        for (String schema : snapshot.schemaNames()) {
            List<SchemaTreeNode> groups = new ArrayList<>();
            for (Group group : GROUPS) {
                List<SchemaTreeNode> objects = snapshot.objects().stream()
                        .filter(object -> schema.equals(object.key().schema()) && group.kinds().contains(object.kind()))
                        .filter(object -> matches(object, wanted))
                        .map(SchemaTree::leaf)
                        .toList();
                if (!objects.isEmpty()) {
                    groups.add(new SchemaTreeNode(group.label(), null, objects));
                }
            }
            if (!groups.isEmpty()) {
                top.add(new SchemaTreeNode(schema, null, groups));
            }
        }
        List<SchemaTreeNode> extensions = snapshot.objects(ObjectKind.EXTENSION).stream()
                .filter(object -> matches(object, wanted))
                .map(SchemaTree::leaf)
                .toList();
        if (!extensions.isEmpty()) {
            top.add(new SchemaTreeNode("Extensions", null, extensions));
        }
        return top;
    }

    /** Whether the snapshot has nothing a person made: no objects but schemas and extensions. */
    public static boolean isEmpty(SchemaSnapshot snapshot) {
        return snapshot.objects().stream()
                .allMatch(object -> object.kind() == ObjectKind.SCHEMA || object.kind() == ObjectKind.EXTENSION);
    }

    /** The object as the tree names it: its name, a routine's argument types, a type's kind. */
    public static String label(ObjectKey key) {
        String name = key.name();
        if (key.kind().isRoutine()) {
            return name + "(" + String.join(", ", key.argumentTypes()) + ")";
        }
        if (key.kind() == ObjectKind.ENUM || key.kind() == ObjectKind.DOMAIN || key.kind() == ObjectKind.COMPOSITE_TYPE) {
            return name + " (" + key.kind().label() + ")";
        }
        return name;
    }

    private static SchemaTreeNode leaf(SchemaObject object) {
        return new SchemaTreeNode(label(object.key()), object.key(), List.of());
    }

    private static boolean matches(SchemaObject object, String wanted) {
        return wanted.isEmpty() || object.name().toLowerCase(Locale.ROOT).contains(wanted);
    }
}
