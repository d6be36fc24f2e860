package dev.driftless.core.sql;

import java.util.Objects;

/**
 * Where the lexer stands at a point of the text: in ordinary SQL, or inside a construct that may
 * span lines. An editor keeps the state at the start of each paragraph so that it can lex only
 * the paragraphs that changed, and stop once a paragraph ends in the state it ended in before.
 *
 * @param kind  the construct the point is inside
 * @param depth how many block comments are open (PostgreSQL nests them); 0 outside block comments
 * @param tag   the tag of the open dollar quote ({@code ""} for {@code $$}); {@code ""} otherwise
 */
public record LexerState(Kind kind, int depth, String tag) {

    /** Constructs the lexer can be inside at the end of a line. */
    public enum Kind {
        NORMAL, BLOCK_COMMENT, STRING, ESCAPE_STRING, QUOTED_IDENTIFIER,
        BACKTICK_IDENTIFIER, BRACKET_IDENTIFIER, DOLLAR_STRING
    }

    /** Outside any string, quoted identifier or comment: where every text starts. */
    public static final LexerState NORMAL = new LexerState(Kind.NORMAL, 0, "");

    public LexerState {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tag, "tag");
        if ((kind == Kind.BLOCK_COMMENT) != (depth > 0) || depth < 0) {
            throw new IllegalArgumentException("depth " + depth + " does not fit " + kind);
        }
        if (kind != Kind.DOLLAR_STRING && !tag.isEmpty()) {
            throw new IllegalArgumentException("only a dollar quote has a tag");
        }
    }

    public static LexerState inBlockComment(int depth) {
        return new LexerState(Kind.BLOCK_COMMENT, depth, "");
    }

    /** Inside {@code $tag$ ... $tag$}; the tag is the part between the dollars. */
    public static LexerState inDollarQuote(String tag) {
        return new LexerState(Kind.DOLLAR_STRING, 0, tag);
    }

    /** Inside a string or quoted identifier of the given kind. */
    public static LexerState inQuote(Kind kind) {
        return new LexerState(kind, 0, "");
    }

    public boolean isNormal() {
        return kind == Kind.NORMAL;
    }
}
