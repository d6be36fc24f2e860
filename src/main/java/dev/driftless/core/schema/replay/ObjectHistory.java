package dev.driftless.core.schema.replay;

import dev.driftless.core.schema.Attribute;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the replayed migrations did to one object: the migration that (last) created it, the last
 * one that changed it, the one that dropped it if it is gone, and for each attribute the last
 * migration that set it. Empty values where no migration did.
 */
public record ObjectHistory(MigrationRef createdBy, MigrationRef changedBy, MigrationRef droppedBy,
                            Map<Attribute, MigrationRef> attributeSetBy) {
    /** Nothing known: the object was never seen during the replay. */
    public static final ObjectHistory UNKNOWN = new ObjectHistory(null, null, null, Map.of());

    public ObjectHistory {
        attributeSetBy = attributeSetBy.isEmpty() ? Map.of() : new EnumMap<>(attributeSetBy);
    }

    public Optional<MigrationRef> created() {
        return Optional.ofNullable(createdBy);
    }

    public Optional<MigrationRef> changed() {
        return Optional.ofNullable(changedBy);
    }

    public Optional<MigrationRef> dropped() {
        return Optional.ofNullable(droppedBy);
    }

    /** The last migration that gave the attribute its value: one that changed it, else the one that created the object. */
    public Optional<MigrationRef> setBy(Attribute attribute) {
        return Optional.ofNullable(attributeSetBy.get(attribute)).or(this::created);
    }
}
