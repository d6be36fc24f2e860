package dev.driftless.core.schema.compare;

import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One way two schemas differ: an object only one side has, or one attribute of an object both
 * have. Values are the normalised attribute values ({@link ComparableSchema}); null where a side
 * does not have the attribute (or the object).
 *
 * @param key       the object
 * @param change    what differs
 * @param attribute the attribute that differs, for {@link Change#CHANGED} only
 * @param expected  the expected side's value, for {@link Change#CHANGED} only
 * @param actual    the actual side's value, for {@link Change#CHANGED} only
 */
public record SchemaDifference(ObjectKey key, Change change, Attribute attribute, Object expected, Object actual) {

    /** How an object differs between the expected and the actual side. */
    public enum Change {
        /** The expected side has it, the actual side does not. */
        MISSING,
        /** Only the actual side has it. */
        EXTRA,
        /** Both have it; one attribute differs. */
        CHANGED;

        /** The lowercase word used in JSON. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SchemaDifference {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(change, "change");
        if ((change == Change.CHANGED) != (attribute != null)) {
            throw new IllegalArgumentException("an attribute is named exactly for a changed object");
        }
    }

    public static SchemaDifference missing(ObjectKey key) {
        return new SchemaDifference(key, Change.MISSING, null, null, null);
    }

    public static SchemaDifference extra(ObjectKey key) {
        return new SchemaDifference(key, Change.EXTRA, null, null, null);
    }

    public static SchemaDifference changed(ObjectKey key, Attribute attribute, Object expected, Object actual) {
        return new SchemaDifference(key, Change.CHANGED, attribute, expected, actual);
    }

    /**
     * The difference in a sentence, sides named: {@code column public.orders.status: in the migrations,
     * not in the database}, {@code column public.orders.status: type: text in the migrations,
     * character varying(20) in the database}.
     */
    public String message(DifferenceSides sides) {
        return switch (change) {
            case MISSING -> message("in " + sides.expected(), sides);
            case EXTRA -> key + ": in " + sides.actual() + ", not in " + sides.expected();
            case CHANGED -> message(valueText(expected) + " in " + sides.expected(), sides);
        };
    }

    /**
     * The sentence with the expected side told by {@code expectedSide}, a phrase the caller words
     * (where the object or value came from): {@code added by 20240103090000 add status}, or
     * {@code text as set by ...}. Extra objects ignore it: the expected side has nothing to say.
     */
    public String message(String expectedSide, DifferenceSides sides) {
        return switch (change) {
            case MISSING -> key + ": " + expectedSide + ", not in " + sides.actual();
            case EXTRA -> key + ": in " + sides.actual() + ", not in " + sides.expected();
            case CHANGED -> key + ": " + attributeName() + ": " + expectedSide + ", " + valueText(actual)
                    + " in " + sides.actual();
        };
    }

    /** The attribute as words ({@code not null}, {@code default}); empty for a missing or extra object. */
    public String attributeName() {
        return attribute == null ? "" : attribute.jsonName().replace('_', ' ');
    }

    /** An attribute value as messages show it: {@code none} when absent, flags as yes/no, lists joined. */
    public String valueText(Object value) {
        if (value == null) {
            return attribute != null && attribute.valueType() == Attribute.ValueType.FLAG ? "no" : "none";
        }
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof List<?> list) {
            return "(" + String.join(", ", list.stream().map(String::valueOf).toList()) + ")";
        }
        return value.toString();
    }
}
