package dev.driftless.core.source;

import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a flat-layout file name (`0001_create_users.up.sql`), parsed by sqlx's rules:
 * the version is the signed 64-bit integer before the first `_`, the description the rest
 * without its suffix, with every `_` turned into a space.
 */
public record MigrationFileName(String fileName, long version, String description, Kind kind) {

    /** Which part of a migration a file is. */
    public enum Kind { SIMPLE, UP, DOWN }

    /** sqlx treats a name as a migration when it contains `_` and ends with `.sql` (case-sensitive). */
    public static boolean looksLikeMigration(String fileName) {
        return fileName.contains("_") && fileName.endsWith(".sql");
    }

    /** A name sqlx skips only because its ".sql" is not in lower case ({@code 1_x.SQL}): worth a note. */
    public static boolean looksLikeMigrationButForCase(String fileName) {
        return !looksLikeMigration(fileName) && looksLikeMigration(withLowerCaseSuffix(fileName));
    }

    /** The name with its last four characters (".SQL", ".Sql", ...) in lower case. */
    public static String withLowerCaseSuffix(String fileName) {
        int suffix = Math.max(0, fileName.length() - ".sql".length());
        return fileName.substring(0, suffix) + fileName.substring(suffix).toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a name that {@link #looksLikeMigration looks like a migration}; empty when the
     * version prefix is not an integer (sqlx then fails, see {@link #badPrefixMessage}).
     */
    public static Optional<MigrationFileName> parse(String fileName) {
        int underscore = fileName.indexOf('_');
        Optional<Long> version = parseVersion(fileName.substring(0, underscore));
        if (version.isEmpty()) {
            return Optional.empty();
        }
        String rest = fileName.substring(underscore + 1);
        Kind kind;
        String stem;
        if (rest.endsWith(".up.sql")) {
            kind = Kind.UP;
            stem = rest.substring(0, rest.length() - ".up.sql".length());
        } else if (rest.endsWith(".down.sql")) {
            kind = Kind.DOWN;
            stem = rest.substring(0, rest.length() - ".down.sql".length());
        } else {
            kind = Kind.SIMPLE;
            stem = rest.substring(0, rest.length() - ".sql".length());
        }
        return Optional.of(new MigrationFileName(fileName, version.get(), describe(stem), kind));
    }

    /** A version prefix as sqlx reads it (Rust's i64 parse: optional sign, digits, leading zeros fine). */
    public static Optional<Long> parseVersion(String prefix) {
        if (prefix.isEmpty()) {
            return Optional.empty();
        }
        int start = prefix.charAt(0) == '+' || prefix.charAt(0) == '-' ? 1 : 0;
        if (start == prefix.length()) {
            return Optional.empty();
        }
        for (int i = start; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Long.parseLong(prefix));
        } catch (NumberFormatException tooLarge) {
            return Optional.empty();
        }
    }

    /** The description sqlx derives from the name's stem. */
    public static String describe(String stem) {
        return stem.replace('_', ' ');
    }

    /** sqlx's own error text for a name whose prefix is not an integer. */
    public static String badPrefixMessage(String fileName) {
        return "error parsing migration filename \"" + fileName
                + "\"; expected integer version prefix (e.g. `01_foo.sql`)";
    }
}
