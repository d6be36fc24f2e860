package dev.driftless.core.schema.compare;

import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SqlIdentifiers;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names PostgreSQL makes up for constraints and indexes created without one: the table, the
 * columns and a suffix ({@code orders_pkey}, {@code orders_email_key}, {@code orders_customer_id_fkey},
 * {@code orders_quantity_check}, {@code rooms_during_excl}, {@code orders_status_idx}), with a number
 * added when the name is taken ({@code orders_email_key1}).
 */
final class GeneratedNames {
    private static final Pattern GENERATED = Pattern.compile(".*_(pkey|key|fkey|check|excl|idx|not_null)\\d*");

    private GeneratedNames() {
    }

    /** Whether an object of this kind may carry a name PostgreSQL generated. */
    static boolean mayBeGenerated(ObjectKey key) {
        return (key.kind() == ObjectKind.CONSTRAINT || key.kind() == ObjectKind.INDEX)
                && GENERATED.matcher(key.name()).matches();
    }

    /**
     * The attributes with the object's own name taken out of its definition (an index's statement
     * names the index), so that two objects differing only in name compare equal.
     */
    static Map<Attribute, Object> withoutName(ObjectKey key, Map<Attribute, Object> attributes) {
        Object definition = attributes.get(Attribute.DEFINITION);
        if (key.kind() != ObjectKind.INDEX || !(definition instanceof String statement)) {
            return attributes;
        }
        Matcher named = Pattern.compile("(?i)(\\bINDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?)"
                + Pattern.quote(SqlIdentifiers.quote(key.name())) + "(\\s+ON\\b)").matcher(statement);
        if (!named.find()) {
            return attributes;
        }
        Map<Attribute, Object> nameless = new EnumMap<>(attributes);
        nameless.put(Attribute.DEFINITION, named.replaceFirst("$1$2"));
        return nameless;
    }
}
