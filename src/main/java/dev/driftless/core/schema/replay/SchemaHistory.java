package dev.driftless.core.schema.replay;

import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.compare.ComparableSchema;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Attribution: fed the shadow's schema after each replayed migration, it remembers for every
 * object the migration that created it, the last that changed it (and each attribute) and the
 * one that dropped it. Objects are told apart by key only (no pairing of generated names): a
 * constraint renamed by a migration is dropped under one name and created under the other.
 */
public final class SchemaHistory {
    private final Map<ObjectKey, Entry> entries = new HashMap<>();
    private ComparableSchema previous;

    private static final class Entry {
        MigrationRef createdBy;
        MigrationRef changedBy;
        MigrationRef droppedBy;
        final Map<Attribute, MigrationRef> attributeSetBy = new EnumMap<>(Attribute.class);
    }

    /** The schema before the first migration (what the shadow had once prepared): its objects have no creator. */
    public SchemaHistory(ComparableSchema initial) {
        this.previous = initial;
    }

    /** Records what {@code migration} did: the differences from the schema before it to {@code after}. */
    public void record(MigrationRef migration, ComparableSchema after) {
        Map<ObjectKey, Map<Attribute, Object>> before = previous.objects();
        for (Map.Entry<ObjectKey, Map<Attribute, Object>> object : after.objects().entrySet()) {
            Map<Attribute, Object> was = before.get(object.getKey());
            if (was == null) {
                // A new object, or one dropped earlier and made again: the history starts afresh.
                Entry entry = new Entry();
                entry.createdBy = migration;
                entries.put(object.getKey(), entry);
            } else {
                Set<Attribute> changed = changedAttributes(was, object.getValue());
                if (!changed.isEmpty()) {
                    Entry entry = entries.computeIfAbsent(object.getKey(), key -> new Entry());
                    entry.changedBy = migration;
                    changed.forEach(attribute -> entry.attributeSetBy.put(attribute, migration));
                }
            }
        }
        for (ObjectKey key : before.keySet()) {
            if (!after.contains(key)) {
                entries.computeIfAbsent(key, absent -> new Entry()).droppedBy = migration;
            }
        }
        previous = after;
    }

    /** What the migrations did to the object; {@link ObjectHistory#UNKNOWN} if none touched it. */
    public ObjectHistory of(ObjectKey key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return ObjectHistory.UNKNOWN;
        }
        return new ObjectHistory(entry.createdBy, entry.changedBy, entry.droppedBy, entry.attributeSetBy);
    }

    private static Set<Attribute> changedAttributes(Map<Attribute, Object> was, Map<Attribute, Object> is) {
        Set<Attribute> attributes = EnumSet.noneOf(Attribute.class);
        attributes.addAll(was.keySet());
        attributes.addAll(is.keySet());
        attributes.removeIf(attribute -> Objects.equals(was.get(attribute), is.get(attribute)));
        return attributes;
    }
}
