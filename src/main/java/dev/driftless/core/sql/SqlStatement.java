package dev.driftless.core.sql;

import java.util.Objects;

/**
 * One statement of a script, as {@link SqlStatementSplitter} cut it out.
 *
 * @param text  the statement as written, comments included, without the {@code ;} that ends it
 *              and without the whitespace around it
 * @param start the offset of its first character in the script
 * @param line  the 1-based line of the script it starts on
 */
public record SqlStatement(String text, int start, int line) {

    public SqlStatement {
        Objects.requireNonNull(text, "text");
    }
}
