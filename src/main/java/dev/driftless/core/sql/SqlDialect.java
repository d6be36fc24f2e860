package dev.driftless.core.sql;

/** The SQL dialects Driftless migrates; the lexer reads a few constructs differently in each. */
public enum SqlDialect {
    /** Nested block comments, {@code E'...'} strings, dollar quotes, {@code $1} parameters, {@code [ ]} subscripts. */
    POSTGRESQL,
    /** {@code `x`} and {@code [x]} identifiers; {@code ?}, {@code ?1}, {@code :name}, {@code @name}, {@code $name} parameters. */
    SQLITE
}
