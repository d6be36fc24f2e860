package dev.driftless.core.source;

import java.util.Set;
import java.util.TreeSet;

/**
 * Characters removed from a file before hashing only (sqlx 0.9 `[migrate] ignored-chars`);
 * the SQL that runs is never changed. Empty by default, as in sqlx.
 */
public record IgnoredChars(Set<Integer> codePoints) {
    public static final IgnoredChars NONE = new IgnoredChars(Set.of());

    public IgnoredChars {
        codePoints = Set.copyOf(codePoints);
    }

    /** From the strings of sqlx.toml: each must be exactly one character. */
    public static IgnoredChars of(Iterable<String> characters) {
        Set<Integer> points = new TreeSet<>();
        for (String character : characters) {
            if (character.codePointCount(0, character.length()) != 1) {
                throw new IllegalArgumentException("ignored-chars entry \"" + character
                        + "\" must be exactly one character");
            }
            points.add(character.codePointAt(0));
        }
        return new IgnoredChars(points);
    }

    public boolean isEmpty() {
        return codePoints.isEmpty();
    }

    /** The text with every ignored character removed. */
    public String strip(String text) {
        if (isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(point -> !codePoints.contains(point)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
