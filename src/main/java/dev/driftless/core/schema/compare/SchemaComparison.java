package dev.driftless.core.schema.compare;

import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaSnapshot;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two schemas object by object and attribute by attribute, after normalising both
 * ({@link ComparableSchema}). Pure: snapshots in, differences out, in key order.
 *
 * <p>An object whose table, view or materialized view is itself missing or extra is not listed
 * again: it comes and goes with its relation. With {@link ComparisonOptions#matchGeneratedNames()},
 * a constraint or index one side has under a generated name is paired with an object of the same
 * kind on the same relation that only the other side has, when their definitions are the same
 * but for the name: such a pair is no difference. When an index's columns, method, predicate or
 * uniqueness differ, those are listed and not its whole statement again.
 */
public final class SchemaComparison {
    private static final Set<ObjectKind> RELATIONS =
            EnumSet.of(ObjectKind.TABLE, ObjectKind.VIEW, ObjectKind.MATERIALIZED_VIEW);
    /** The attributes read from an index's statement, each a part of its {@link Attribute#DEFINITION}. */
    private static final Set<Attribute> INDEX_PARTS =
            EnumSet.of(Attribute.COLUMNS, Attribute.METHOD, Attribute.PREDICATE, Attribute.UNIQUE);

    private final ComparisonOptions options;

    public SchemaComparison(ComparisonOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public ComparisonOptions options() {
        return options;
    }

    /** The differences from {@code expected} to {@code actual}; empty when they are the same schema. */
    public List<SchemaDifference> compare(SchemaSnapshot expected, SchemaSnapshot actual) {
        return compare(normalize(expected), normalize(actual));
    }

    /** The snapshot as this comparison sees it, for callers that compare one snapshot several times. */
    public ComparableSchema normalize(SchemaSnapshot snapshot) {
        return ComparableSchema.of(snapshot, options);
    }

    /** The differences between two normalised schemas. */
    public List<SchemaDifference> compare(ComparableSchema expected, ComparableSchema actual) {
        Map<ObjectKey, Map<Attribute, Object>> left = expected.objects();
        Map<ObjectKey, Map<Attribute, Object>> right = actual.objects();
        Set<ObjectKey> onlyLeft = new TreeSet<>(left.keySet());
        onlyLeft.removeAll(right.keySet());
        Set<ObjectKey> onlyRight = new TreeSet<>(right.keySet());
        onlyRight.removeAll(left.keySet());
        if (options.matchGeneratedNames()) {
            pairGeneratedNames(onlyLeft, onlyRight, left, right);
        }
        Set<ObjectKey> all = new TreeSet<>(left.keySet());
        all.addAll(right.keySet());
        List<SchemaDifference> differences = new ArrayList<>();
        for (ObjectKey key : all) {
            if (onlyLeft.contains(key)) {
                if (!relationAlso(key, onlyLeft)) {
                    differences.add(SchemaDifference.missing(key));
                }
            } else if (onlyRight.contains(key)) {
                if (!relationAlso(key, onlyRight)) {
                    differences.add(SchemaDifference.extra(key));
                }
            } else if (left.containsKey(key) && right.containsKey(key)) {
                attributeDifferences(key, left.get(key), right.get(key), differences);
            }
        }
        return differences;
    }

    private static void attributeDifferences(ObjectKey key, Map<Attribute, Object> expected,
                                             Map<Attribute, Object> actual, List<SchemaDifference> differences) {
        Set<Attribute> attributes = EnumSet.noneOf(Attribute.class);
        attributes.addAll(expected.keySet());
        attributes.addAll(actual.keySet());
        attributes.removeIf(attribute -> Objects.equals(expected.get(attribute), actual.get(attribute)));
        // An index's columns, method or predicate say what changed; its whole statement would say it again.
        if (attributes.stream().anyMatch(INDEX_PARTS::contains)) {
            attributes.remove(Attribute.DEFINITION);
        }
        for (Attribute attribute : attributes) {
            differences.add(SchemaDifference.changed(key, attribute, expected.get(attribute), actual.get(attribute)));
        }
    }

    /** Whether the object belongs to a relation that is itself among {@code unmatched}. */
    private static boolean relationAlso(ObjectKey key, Set<ObjectKey> unmatched) {
        if (!key.kind().isChild()) {
            return false;
        }
        for (ObjectKind kind : RELATIONS) {
            if (unmatched.contains(ObjectKey.inSchema(kind, key.schema(), key.parent()))) {
                return true;
            }
        }
        return false;
    }

    /** Removes from both sets the pairs that differ only in a generated name. */
    private static void pairGeneratedNames(Set<ObjectKey> onlyLeft, Set<ObjectKey> onlyRight,
                                           Map<ObjectKey, Map<Attribute, Object>> left,
                                           Map<ObjectKey, Map<Attribute, Object>> right) {
        Set<ObjectKey> pairedRight = new HashSet<>();
        for (ObjectKey one : List.copyOf(onlyLeft)) {
            for (ObjectKey other : onlyRight) {
                if (!pairedRight.contains(other) && sameButForGeneratedName(one, left.get(one), other, right.get(other))) {
                    pairedRight.add(other);
                    onlyLeft.remove(one);
                    break;
                }
            }
        }
        onlyRight.removeAll(pairedRight);
    }

    private static boolean sameButForGeneratedName(ObjectKey one, Map<Attribute, Object> oneAttributes,
                                                   ObjectKey other, Map<Attribute, Object> otherAttributes) {
        return one.kind() == other.kind() && Objects.equals(one.schema(), other.schema())
                && Objects.equals(one.parent(), other.parent())
                && (GeneratedNames.mayBeGenerated(one) || GeneratedNames.mayBeGenerated(other))
                && GeneratedNames.withoutName(one, oneAttributes).equals(GeneratedNames.withoutName(other, otherAttributes));
    }
}
