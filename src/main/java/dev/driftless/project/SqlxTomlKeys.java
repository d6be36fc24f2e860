package dev.driftless.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.driftless.db.ConfigException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The tables and keys sqlx 0.9 accepts in {@code sqlx.toml}, checked the way sqlx checks them
 * (sqlx-core/src/config): most tables reject a key they do not know (serde's
 * {@code deny_unknown_fields}), so a misspelt {@code table-nmae} is an error rather than a silent
 * default; {@code [migrate.defaults]} and {@code [macros.preferred-crates]} ignore unknown keys, which
 * Driftless reports as warnings; type overrides, table overrides and external drivers are maps whose
 * keys are the user's. Keys Driftless reads itself are typed by {@link ProjectConfig}; the others
 * (used by sqlx's macros and drivers) are typed here, so a file sqlx rejects is rejected here too.
 */
final class SqlxTomlKeys {

    /** What a value must look like. */
    private sealed interface Shape permits Table, MapOf, Value {
    }

    /** A table of known keys; {@code strict} rejects any other key, as sqlx's deny_unknown_fields does. */
    private record Table(Map<String, Shape> keys, boolean strict) implements Shape {
    }

    /** A table whose keys are the user's (type names, table names, driver names), each value of one shape. */
    private record MapOf(Shape values) implements Shape {
    }

    /** A value; {@code expected} says what it must be, for the message. */
    private record Value(Predicate<JsonNode> accepts, String expected) implements Shape {
    }

    /** A key whose value {@link ProjectConfig} reads and checks itself. */
    private static final Value READ_BY_PROJECT_CONFIG = new Value(node -> true, "");
    private static final Value STRING = new Value(JsonNode::isTextual, "a string");
    private static final Value ANY_TABLE = new Value(JsonNode::isObject, "a table");
    private static final Value SQLITE_EXTENSIONS = new Value(SqlxTomlKeys::isExtensionList,
            "an array of extension names or { path = \"...\", entrypoint = \"...\" } tables");

    private static final Table ROOT = strict(
            key("common", strict(key("database-url-var", READ_BY_PROJECT_CONFIG))),
            key("drivers", strict(
                    key("mysql", strict()),
                    key("postgres", strict()),
                    key("sqlite", strict(key("unsafe-load-extensions", SQLITE_EXTENSIONS))),
                    key("external", new MapOf(ANY_TABLE)))),
            key("macros", strict(
                    key("preferred-crates", lenient(
                            key("date-time", choice("inferred", "chrono", "time")),
                            key("numeric", choice("inferred", "bigdecimal", "rust_decimal")))),
                    key("type-overrides", new MapOf(STRING)),
                    key("table-overrides", new MapOf(new MapOf(STRING))))),
            key("migrate", strict(
                    key("create-schemas", READ_BY_PROJECT_CONFIG),
                    key("table-name", READ_BY_PROJECT_CONFIG),
                    key("migrations-dir", READ_BY_PROJECT_CONFIG),
                    key("ignored-chars", READ_BY_PROJECT_CONFIG),
                    key("defaults", lenient(
                            key("migration-type", READ_BY_PROJECT_CONFIG),
                            key("migration-versioning", READ_BY_PROJECT_CONFIG))))));

    private SqlxTomlKeys() {
    }

    /**
     * Checks every table and key of the file against sqlx's.
     *
     * @return warnings about keys sqlx ignores (in its lenient tables), in file order
     * @throws ConfigException naming the file, the table and the key, with the closest known key
     */
    static List<String> check(Path file, JsonNode root) {
        List<String> warnings = new ArrayList<>();
        new Checker(file, warnings).table(ROOT, "", root);
        return warnings;
    }

    private record Checker(Path file, List<String> warnings) {

        void table(Table table, String name, JsonNode node) {
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                Shape shape = table.keys().get(key);
                if (shape == null) {
                    String unknown = file + ": unknown key `" + key + "` " + place(name);
                    if (table.strict()) {
                        throw new ConfigException(unknown + "; " + suggestion(table, key));
                    }
                    warnings.add(unknown + " is ignored, by sqlx too; " + suggestion(table, key));
                    return;
                }
                value(shape, name, key, field.getValue());
            });
        }

        private void value(Shape shape, String tableName, String key, JsonNode node) {
            String path = tableName.isEmpty() ? key : tableName + "." + key;
            if (shape instanceof Table table) {
                requireTable(path, node);
                table(table, path, node);
            } else if (shape instanceof MapOf map) {
                requireTable(path, node);
                node.fields().forEachRemaining(entry ->
                        value(map.values(), path, quotedKey(entry.getKey()), entry.getValue()));
            } else if (shape instanceof Value value && !value.accepts().test(node)) {
                // Every value sits in a table: the top level holds tables only.
                throw new ConfigException(file + ": [" + tableName + "] " + key + " must be " + value.expected());
            }
        }

        private void requireTable(String path, JsonNode node) {
            if (!node.isObject()) {
                throw new ConfigException(file + ": [" + path + "] must be a table");
            }
        }
    }

    /** "did you mean ...?", else the table the key belongs to, else the keys this table knows. */
    private static String suggestion(Table table, String key) {
        Optional<String> closest = closest(key, table.keys().keySet().stream().toList());
        if (closest.isPresent()) {
            return "did you mean `" + closest.get() + "`?";
        }
        Optional<String> home = homeOf(ROOT, "", normalised(key));
        if (home.isPresent()) {
            return "`" + key + "` belongs " + place(home.get());
        }
        if (table.keys().isEmpty()) {
            return "this table has no keys (yet)";
        }
        return "known keys: " + table.keys().keySet().stream().map(known -> "`" + known + "`")
                .collect(Collectors.joining(", "));
    }

    /** The table that knows this key by name (spelt with - or _), searching known tables only. */
    private static Optional<String> homeOf(Table table, String name, String normalisedKey) {
        for (Map.Entry<String, Shape> entry : table.keys().entrySet()) {
            String path = name.isEmpty() ? entry.getKey() : name + "." + entry.getKey();
            if (normalised(entry.getKey()).equals(normalisedKey) && !name.isEmpty()) {
                return Optional.of(name);
            }
            if (entry.getValue() instanceof Table inner) {
                Optional<String> found = homeOf(inner, path, normalisedKey);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The known name nearest to {@code given}, if near enough to be a slip: underscores read as
     * hyphens and case is ignored, then at most a third of the letters (at least two) may differ
     * (an insertion, deletion, substitution or swap of neighbours each counts one), or one name
     * holds the other whole ({@code load-extensions}, {@code unsafe-load-extensions}).
     */
    private static Optional<String> closest(String given, List<String> known) {
        String typed = normalised(given);
        int allowed = Math.max(2, typed.length() / 3);
        return known.stream()
                .filter(candidate -> distance(typed, normalised(candidate)) <= allowed
                        || holdsTheOther(typed, normalised(candidate)))
                .min(Comparator.comparingInt(candidate -> distance(typed, normalised(candidate))));
    }

    private static boolean holdsTheOther(String a, String b) {
        return Math.min(a.length(), b.length()) >= 4 && (a.contains(b) || b.contains(a));
    }

    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Optimal string alignment distance: Levenshtein plus transpositions of neighbours. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private static String place(String tableName) {
        return tableName.isEmpty() ? "at the top level" : "in [" + tableName + "]";
    }

    /** A user's map key as TOML would need it written: bare when it can be, else in single quotes. */
    private static String quotedKey(String key) {
        return key.matches("[A-Za-z0-9_-]+") ? key : "'" + key + "'";
    }

    private static boolean isExtensionList(JsonNode node) {
        if (!node.isArray()) {
            return false;
        }
        for (JsonNode extension : node) {
            boolean withEntrypoint = extension.isObject() && extension.size() == 2
                    && extension.path("path").isTextual() && extension.path("entrypoint").isTextual();
            if (!extension.isTextual() && !withEntrypoint) {
                return false;
            }
        }
        return true;
    }

    private static Value choice(String... allowed) {
        List<String> values = List.of(allowed);
        return new Value(node -> node.isTextual() && values.contains(node.textValue()),
                "one of " + values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(", ")));
    }

    private static Map.Entry<String, Shape> key(String name, Shape shape) {
        return Map.entry(name, shape);
    }

    @SafeVarargs
    private static Table strict(Map.Entry<String, Shape>... keys) {
        return new Table(inOrder(keys), true);
    }

    @SafeVarargs
    private static Table lenient(Map.Entry<String, Shape>... keys) {
        return new Table(inOrder(keys), false);
    }

    /** Kept in the order written, which is the order "known keys" lists them in. */
    private static Map<String, Shape> inOrder(Map.Entry<String, Shape>[] keys) {
        Map<String, Shape> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, Shape> key : keys) {
            ordered.put(key.getKey(), key.getValue());
        }
        return ordered;
    }
}
