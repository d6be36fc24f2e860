package dev.driftless.core.schema.compare;

import java.util.Objects;

/**
 * What the two sides of a comparison are called in messages: the side that says what the schema
 * should be ({@code expected}) and the one that is looked at ({@code actual}).
 */
public record DifferenceSides(String expected, String actual) {
    /** A database against the schema its migrations build. */
    public static final DifferenceSides MIGRATIONS_AND_DATABASE = new DifferenceSides("the migrations", "the database");
    /** The project's database against another one ({@code schema diff --against}). */
    public static final DifferenceSides TWO_DATABASES = new DifferenceSides("this database", "the other database");

    public DifferenceSides {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }
}
