package dev.driftless.core.schema;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One object of a schema snapshot: its key, its normalised attributes and, where the database
 * gives one, its DDL as the database has it (PostgreSQL's {@code pg_get_indexdef},
 * {@code pg_get_functiondef} and {@code pg_get_triggerdef}, SQLite's {@code sqlite_schema.sql}).
 * The DDL is for showing and replaying; comparisons look at the attributes.
 *
 * @param key        what it is and its name
 * @param attributes what it is like; every value has its attribute's {@link Attribute.ValueType}
 * @param ddl        the database's own statement for it, or null where the database has none
 *                   (PostgreSQL tables, sequences, types, views...)
 */
public record SchemaObject(ObjectKey key, Map<Attribute, Object> attributes, String ddl) {

    public SchemaObject {
        Objects.requireNonNull(key, "key");
        EnumMap<Attribute, Object> copy = new EnumMap<>(Attribute.class);
        attributes.forEach((attribute, value) -> {
            Object kept = value instanceof List<?> list ? List.copyOf(list) : value;
            if (!attribute.valueType().accepts(kept)) {
                throw new IllegalArgumentException(key + ": " + attribute + " takes a " + attribute.valueType()
                        + " value, not " + value);
            }
            copy.put(attribute, kept);
        });
        attributes = Collections.unmodifiableMap(copy);
    }

    /** Starts an object with no attributes and no DDL. */
    public static Builder builder(ObjectKey key) {
        return new Builder(key);
    }

    public ObjectKind kind() {
        return key.kind();
    }

    public String name() {
        return key.name();
    }

    public boolean has(Attribute attribute) {
        return attributes.containsKey(attribute);
    }

    /** A {@link Attribute.ValueType#TEXT} attribute; empty when absent. */
    public Optional<String> text(Attribute attribute) {
        return Optional.ofNullable((String) value(attribute, Attribute.ValueType.TEXT));
    }

    /** A {@link Attribute.ValueType#FLAG} attribute; false when absent. */
    public boolean flag(Attribute attribute) {
        return Boolean.TRUE.equals(value(attribute, Attribute.ValueType.FLAG));
    }

    /** A {@link Attribute.ValueType#NUMBER} attribute; empty when absent. */
    public OptionalLong number(Attribute attribute) {
        Long value = (Long) value(attribute, Attribute.ValueType.NUMBER);
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** A {@link Attribute.ValueType#LIST} attribute; empty when absent. */
    @SuppressWarnings("unchecked")
    public List<String> list(Attribute attribute) {
        List<String> value = (List<String>) value(attribute, Attribute.ValueType.LIST);
        return value == null ? List.of() : value;
    }

    /** The database's own DDL for this object, if it has one. */
    public Optional<String> serverDdl() {
        return Optional.ofNullable(ddl);
    }

    /**
     * The attributes of the given roles only: {@code Set.of(STRUCTURE)} for a comparison that
     * ignores column order, {@code Set.of(STRUCTURE, ORDER)} for one that does not.
     */
    public Map<Attribute, Object> attributes(Set<Attribute.Role> roles) {
        EnumMap<Attribute, Object> kept = new EnumMap<>(Attribute.class);
        attributes.forEach((attribute, value) -> {
            if (roles.contains(attribute.role())) {
                kept.put(attribute, value);
            }
        });
        return Collections.unmodifiableMap(kept);
    }

    private Object value(Attribute attribute, Attribute.ValueType expected) {
        if (attribute.valueType() != expected) {
            throw new IllegalArgumentException(attribute + " is a " + attribute.valueType() + " attribute");
        }
        return attributes.get(attribute);
    }

    /** Collects an object's attributes as a reader finds them; null values are left out (absent). */
    public static final class Builder {
        private final ObjectKey key;
        private final Map<Attribute, Object> attributes = new EnumMap<>(Attribute.class);
        private String ddl;

        private Builder(ObjectKey key) {
            this.key = Objects.requireNonNull(key, "key");
        }

        /**
         * Sets the attribute; null, false, an empty text or an empty list leaves it absent (a flag
         * is present only when set). An {@link Integer} is taken as a {@link Long}.
         */
        public Builder put(Attribute attribute, Object value) {
            boolean absent = value == null || Boolean.FALSE.equals(value)
                    || value instanceof String text && text.isEmpty()
                    || value instanceof List<?> list && list.isEmpty();
            if (absent) {
                attributes.remove(attribute);
            } else {
                attributes.put(attribute, value instanceof Integer number ? Long.valueOf(number) : value);
            }
            return this;
        }

        public Builder ddl(String ddl) {
            this.ddl = ddl;
            return this;
        }

        public SchemaObject build() {
            return new SchemaObject(key, attributes, ddl);
        }
    }
}
