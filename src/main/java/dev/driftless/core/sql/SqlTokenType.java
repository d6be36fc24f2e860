package dev.driftless.core.sql;

/** What a {@link SqlToken} is. */
public enum SqlTokenType {
    KEYWORD,
    IDENTIFIER,
    /** {@code "x"}, and in SQLite also {@code `x`} and {@code [x]}. */
    QUOTED_IDENTIFIER,
    /** {@code 'x'}, and in PostgreSQL also {@code E'x'}. */
    STRING,
    /** A PostgreSQL dollar-quoted body: {@code $$x$$} or {@code $tag$x$tag$}. */
    DOLLAR_STRING,
    NUMBER,
    /** From {@code --} to the end of the line, without the line break. */
    LINE_COMMENT,
    BLOCK_COMMENT,
    OPERATOR,
    /** One of {@code ( ) , ; .}, and in PostgreSQL also {@code [ ]}. */
    PUNCTUATION,
    PARAMETER,
    /** Whitespace up to and including the next line break, so that no token of this type spans lines. */
    WHITESPACE,
    /** A string, quoted identifier or comment that the text ends inside; it runs to the end. */
    UNTERMINATED,
    /** A character that starts no token, such as {@code \} or <code>{</code>. */
    ERROR;

    /** Whitespace and comments: tokens that do not change what the SQL means. */
    public boolean isTrivia() {
        return this == WHITESPACE || this == LINE_COMMENT || this == BLOCK_COMMENT;
    }
}
