package dev.driftless.core.schema.compare;

import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.schema.SqlIdentifiers;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A snapshot in the form two schemas are compared in: each object's attributes with what is no
 * part of the structure left out, and what may be spelled several ways for the same structure
 * written one way.
 * <ul>
 *   <li>Information (row estimates, dependency hints) is dropped; column positions too unless
 *   {@link ComparisonOptions#columnOrder()}.</li>
 *   <li>A serial column (a {@code nextval} default on a sequence owned by that very column) is one
 *   object: the default reads {@value #OWN_SEQUENCE}, the sequence's settings become the column's
 *   and the sequence itself is left out. So {@code serial}, {@code integer DEFAULT nextval(...)} with
 *   {@code OWNED BY}, and a serial column of a renamed table (whose sequence keeps its old name)
 *   compare equal. Identity columns keep their generation, start and increment.</li>
 *   <li>Routine bodies with every run of whitespace made one space.</li>
 *   <li>Extensions without their version: it follows the server's packages, not the migrations.</li>
 * </ul>
 * Types need no aliasing: PostgreSQL's {@code format_type} gives one name per type ({@code int4} reads
 * back as {@code integer}); SQLite's declared types are compared as declared, since {@code INT} and
 * {@code INTEGER} differ there for a primary key. Defaults are compared as deparsed text, never evaluated.
 */
public final class ComparableSchema {
    /** The default of a serial column, whatever its sequence is called. */
    public static final String OWN_SEQUENCE = "nextval(its own sequence)";
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'::regclass\\)");
    private static final List<Attribute> SEQUENCE_SETTINGS = List.of(Attribute.START, Attribute.INCREMENT,
            Attribute.MIN_VALUE, Attribute.MAX_VALUE, Attribute.CACHE, Attribute.CYCLE);

    private final SortedMap<ObjectKey, Map<Attribute, Object>> objects;

    private ComparableSchema(SortedMap<ObjectKey, Map<Attribute, Object>> objects) {
        this.objects = Collections.unmodifiableSortedMap(objects);
    }

    /** The snapshot normalised under these options. */
    public static ComparableSchema of(SchemaSnapshot snapshot, ComparisonOptions options) {
        Set<Attribute.Role> roles = options.columnOrder()
                ? EnumSet.of(Attribute.Role.STRUCTURE, Attribute.Role.ORDER) : EnumSet.of(Attribute.Role.STRUCTURE);
        Map<String, SchemaObject> sequences = new HashMap<>();
        for (SchemaObject sequence : snapshot.objects(ObjectKind.SEQUENCE)) {
            sequences.put(SqlIdentifiers.qualified(sequence.key().schema(), sequence.name()), sequence);
        }
        SortedMap<ObjectKey, Map<Attribute, Object>> objects = new TreeMap<>();
        Set<ObjectKey> folded = new HashSet<>();
        for (SchemaObject object : snapshot.objects()) {
            Map<Attribute, Object> attributes = new EnumMap<>(Attribute.class);
            attributes.putAll(object.attributes(roles));
            switch (object.kind()) {
                case COLUMN -> ownSequence(object, sequences).ifPresent(sequence -> {
                    attributes.put(Attribute.DEFAULT, OWN_SEQUENCE);
                    SEQUENCE_SETTINGS.forEach(setting -> {
                        Object value = sequence.attributes().get(setting);
                        if (value != null) {
                            attributes.put(setting, value);
                        }
                    });
                    folded.add(sequence.key());
                });
                case FUNCTION, PROCEDURE -> attributes.computeIfPresent(Attribute.BODY,
                        (attribute, body) -> ((String) body).strip().replaceAll("\\s+", " "));
                case EXTENSION -> attributes.remove(Attribute.VERSION);
                default -> {
                    // compared as read
                }
            }
            objects.put(object.key(), Collections.unmodifiableMap(attributes));
        }
        folded.forEach(objects::remove);
        return new ComparableSchema(objects);
    }

    /** Every object's normalised attributes, in key order. */
    public SortedMap<ObjectKey, Map<Attribute, Object>> objects() {
        return objects;
    }

    public boolean contains(ObjectKey key) {
        return objects.containsKey(key);
    }

    /** The sequence a column's {@code nextval} default draws from, when the column owns it (a serial column). */
    private static Optional<SchemaObject> ownSequence(SchemaObject column, Map<String, SchemaObject> sequences) {
        Optional<String> value = column.text(Attribute.DEFAULT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher nextval = NEXTVAL.matcher(value.get());
        if (!nextval.matches()) {
            return Optional.empty();
        }
        SchemaObject sequence = sequences.get(nextval.group(1).replace("''", "'"));
        String columnName = SqlIdentifiers.qualified(column.key().schema(), column.key().parent()) + "."
                + SqlIdentifiers.quote(column.name());
        return sequence != null && sequence.text(Attribute.OWNED_BY).filter(columnName::equals).isPresent()
                ? Optional.of(sequence) : Optional.empty();
    }
}
