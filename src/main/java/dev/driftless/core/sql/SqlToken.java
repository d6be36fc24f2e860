package dev.driftless.core.sql;

import java.util.Objects;

/** A token of a SQL text: its type and its range {@code [start, end)} in that text. */
public record SqlToken(SqlTokenType type, int start, int end) {

    public SqlToken {
        Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The characters of this token in the text it was lexed from. */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }
}
