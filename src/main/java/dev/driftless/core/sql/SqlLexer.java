package dev.driftless.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A hand-written lexer for PostgreSQL and SQLite SQL, good enough to highlight it, split it into
 * statements and compare it while ignoring comments. It never fails: characters that start no
 * token become {@link SqlTokenType#ERROR} tokens, and a string or comment the text ends inside
 * becomes one {@link SqlTokenType#UNTERMINATED} token.
 *
 * <p>It scans with plain loops, one character at a time, so huge inputs (megabytes, or one very
 * long line) cost linear time and no stack.
 */
public final class SqlLexer {

    private static final Set<String> KEYWORDS = Set.of(
            "ABORT", "ACTION", "ADD", "AFTER", "ALL", "ALTER", "ALWAYS", "ANALYZE", "AND", "ANY",
            "ARRAY", "AS", "ASC", "ATOMIC", "ATTACH", "AUTOINCREMENT", "BEFORE", "BEGIN", "BETWEEN",
            "BIGINT", "BIGSERIAL", "BLOB", "BOOLEAN", "BY", "CASCADE", "CASE", "CAST", "CHECK",
            "COLLATE", "COLUMN", "COMMENT", "COMMIT", "CONCURRENTLY", "CONFLICT", "CONSTRAINT",
            "CREATE", "CROSS", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DATABASE",
            "DATE", "DECLARE", "DEFAULT", "DEFERRABLE", "DEFERRED", "DELETE", "DESC", "DETACH",
            "DISTINCT", "DO", "DOMAIN", "DOUBLE", "DROP", "EACH", "ELSE", "END", "ENUM", "ESCAPE",
            "EXCEPT", "EXCLUSIVE", "EXECUTE", "EXISTS", "EXPLAIN", "EXTENSION", "FALSE", "FILTER",
            "FOR", "FOREIGN", "FROM", "FULL", "FUNCTION", "GENERATED", "GLOB", "GRANT", "GROUP",
            "HAVING", "IDENTITY", "IF", "IGNORE", "ILIKE", "IMMEDIATE", "IN", "INDEX", "INITIALLY",
            "INNER", "INSERT", "INSTEAD", "INT", "INTEGER", "INTERSECT", "INTERVAL", "INTO", "IS",
            "ISNULL", "JOIN", "JSON", "JSONB", "KEY", "LANGUAGE", "LATERAL", "LEFT", "LIKE", "LIMIT",
            "MATCH", "MATERIALIZED", "NATURAL", "NO", "NOT", "NOTHING", "NOTNULL", "NULL", "NUMERIC",
            "OF", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OUTER", "OVER", "OWNER", "PARTITION",
            "POLICY", "PRAGMA", "PRECISION", "PRIMARY", "PROCEDURE", "REAL", "RECURSIVE",
            "REFERENCES", "REINDEX", "RELEASE", "RENAME", "REPLACE", "RESTRICT", "RETURN",
            "RETURNING", "RETURNS", "REVOKE", "RIGHT", "ROLLBACK", "ROW", "ROWS", "RULE",
            "SAVEPOINT", "SCHEMA", "SELECT", "SEQUENCE", "SERIAL", "SET", "SMALLINT", "STRICT",
            "TABLE", "TEMP", "TEMPORARY", "TEXT", "THEN", "TIME", "TIMESTAMP", "TIMESTAMPTZ", "TO",
            "TRANSACTION", "TRIGGER", "TRUE", "TRUNCATE", "TYPE", "UNION", "UNIQUE", "UPDATE",
            "USING", "UUID", "VACUUM", "VALUES", "VARCHAR", "VIEW", "VIRTUAL", "WHEN", "WHERE",
            "WINDOW", "WITH", "WITHOUT");
    private static final int LONGEST_KEYWORD = KEYWORDS.stream().mapToInt(String::length).max().orElseThrow();
    /**
     * The keywords in an open-addressing table by {@link String#hashCode()}, so that a word of the text is looked
     * up without building a string: the editor lexes megabytes when a file opens, and most words are names.
     */
    private static final String[] KEYWORD_TABLE = keywordTable();

    private static final String PUNCTUATION = "(),;.";
    // SQLite has fewer operators; leaving `?`, `:` and `@` out keeps `x=?` from lexing as one operator.
    private static final String POSTGRESQL_OPERATORS = "+-*/<>=~!@#%^&|?:";
    private static final String SQLITE_OPERATORS = "+-*/<>=~!%&|";

    private final boolean postgres;
    private final String operatorChars;

    public SqlLexer(SqlDialect dialect) {
        this.postgres = Objects.requireNonNull(dialect, "dialect") == SqlDialect.POSTGRESQL;
        this.operatorChars = postgres ? POSTGRESQL_OPERATORS : SQLITE_OPERATORS;
    }

    /** All tokens of the text, covering it without gaps. */
    public List<SqlToken> tokenize(CharSequence text) {
        return tokenize(text, 0, text.length(), LexerState.NORMAL).tokens();
    }

    /**
     * Lexes {@code [from, to)} starting in the given state, never looking outside that range.
     * A token still open at {@code to} is reported up to {@code to} with the type it would have
     * had, and the returned end state continues it; only when {@code to} is the end of the text
     * does it become {@link SqlTokenType#UNTERMINATED}.
     *
     * <p>Lexing a text line by line this way, each line starting in the end state of the one
     * before, gives the same tokens as lexing it whole, except that a token spanning lines comes
     * in one piece per line. Cuts inside a line may split tokens differently.
     */
    public LexResult tokenize(CharSequence text, int from, int to, LexerState start) {
        List<SqlToken> tokens = new ArrayList<>();
        LexerState end = scan(text, from, to, start, (type, tokenStart, tokenEnd) ->
                tokens.add(new SqlToken(type, tokenStart, tokenEnd)));
        return new LexResult(tokens, end);
    }

    /** Receives the tokens of a scan in order, covering the scanned range without gaps. */
    @FunctionalInterface
    public interface TokenSink {
        void token(SqlTokenType type, int start, int end);
    }

    /**
     * Lexes as {@link #tokenize(CharSequence, int, int, LexerState)} does, but hands each token to {@code sink}
     * as it is found instead of collecting them, and returns the end state: highlighting a large file this way
     * allocates nothing per token.
     */
    public LexerState scan(CharSequence text, int from, int to, LexerState start, TokenSink sink) {
        Objects.checkFromToIndex(from, to, text.length());
        return new Scan(text, from, to, start, Objects.requireNonNull(sink, "sink")).run();
    }

    /** The tokens that carry meaning: all but whitespace and comments. */
    public List<SqlToken> significantTokens(CharSequence text) {
        return tokenize(text).stream().filter(token -> !token.type().isTrivia()).toList();
    }

    /**
     * Whether two texts are the same SQL once comments and whitespace are ignored: the same
     * significant tokens, with equal text, keywords compared case-insensitively.
     */
    public boolean sameIgnoringCommentsAndWhitespace(String a, String b) {
        List<SqlToken> left = significantTokens(a);
        List<SqlToken> right = significantTokens(b);
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            SqlToken x = left.get(i);
            SqlToken y = right.get(i);
            boolean sameText = x.length() == y.length() && a.regionMatches(
                    x.type() == SqlTokenType.KEYWORD, x.start(), b, y.start(), x.length());
            if (x.type() != y.type() || !sameText) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text[start, end)} is a keyword, ASCII letters compared case-insensitively (as SQL does). */
    private static boolean isKeyword(CharSequence text, int start, int end) {
        if (end - start > LONGEST_KEYWORD) {
            return false;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + asciiUpper(text.charAt(i));
        }
        for (int slot = hash & (KEYWORD_TABLE.length - 1); KEYWORD_TABLE[slot] != null;
             slot = (slot + 1) & (KEYWORD_TABLE.length - 1)) {
            if (sameUpper(text, start, end, KEYWORD_TABLE[slot])) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameUpper(CharSequence text, int start, int end, String keyword) {
        if (keyword.length() != end - start) {
            return false;
        }
        for (int i = 0; i < keyword.length(); i++) {
            if (asciiUpper(text.charAt(start + i)) != keyword.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static char asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    private static String[] keywordTable() {
        String[] table = new String[Integer.highestOneBit(KEYWORDS.size() * 4)]; // at most a quarter full
        for (String keyword : KEYWORDS) {
            int slot = keyword.hashCode() & (table.length - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (table.length - 1);
            }
            table[slot] = keyword;
        }
        return table;
    }

    /** One run over a range: the position and the state move together through the text. */
    private final class Scan {
        private final CharSequence text;
        private final int to;
        private final TokenSink sink;
        private int pos;
        private LexerState state;

        Scan(CharSequence text, int from, int to, LexerState start, TokenSink sink) {
            this.text = text;
            this.pos = from;
            this.to = to;
            this.state = Objects.requireNonNull(start, "start");
            this.sink = sink;
        }

        LexerState run() {
            while (pos < to) {
                int start = pos;
                SqlTokenType type = state.isNormal() ? startToken() : continueOpenToken();
                sink.token(type, start, pos);
            }
            return state;
        }

        /** The character at {@code i}, or NUL past the range: lookahead never reads beyond {@code to}. */
        private char at(int i) {
            return i < to ? text.charAt(i) : '\0';
        }

        private SqlTokenType startToken() {
            char c = text.charAt(pos);
            char next = at(pos + 1);
            if (Character.isWhitespace(c)) {
                return whitespace();
            } else if (c == '-' && next == '-') {
                return lineComment();
            } else if (c == '/' && next == '*') {
                return open(LexerState.inBlockComment(1), 2);
            } else if (c == '\'') {
                return open(LexerState.inQuote(LexerState.Kind.STRING), 1);
            } else if (c == '"') {
                return open(LexerState.inQuote(LexerState.Kind.QUOTED_IDENTIFIER), 1);
            } else if (postgres && (c == 'E' || c == 'e') && next == '\'') {
                return open(LexerState.inQuote(LexerState.Kind.ESCAPE_STRING), 2);
            } else if (postgres && c == '$') {
                return dollar();
            } else if (!postgres && c == '`') {
                return open(LexerState.inQuote(LexerState.Kind.BACKTICK_IDENTIFIER), 1);
            } else if (!postgres && c == '[') {
                return open(LexerState.inQuote(LexerState.Kind.BRACKET_IDENTIFIER), 1);
            } else if (c == '?' && (isDigit(next) || !postgres)) {
                // In PostgreSQL a bare `?` is a jsonb operator.
                pos = skipDigits(pos + 1);
                return SqlTokenType.PARAMETER;
            } else if (!postgres && (c == ':' || c == '@' || c == '$') && isIdentifierStart(next)) {
                pos = skipIdentifier(pos + 1);
                return SqlTokenType.PARAMETER;
            } else if (isDigit(c) || c == '.' && isDigit(next)) {
                return number();
            } else if (isIdentifierStart(c)) {
                return word();
            } else if (PUNCTUATION.indexOf(c) >= 0 || postgres && (c == '[' || c == ']')) {
                pos++;
                return SqlTokenType.PUNCTUATION;
            } else if (operatorChars.indexOf(c) >= 0) {
                return operator();
            }
            pos++;
            return SqlTokenType.ERROR;
        }

        /** Moves past the opening delimiter into {@code inside} and reads the body from there. */
        private SqlTokenType open(LexerState inside, int delimiterLength) {
            pos += delimiterLength;
            state = inside;
            return continueOpenToken();
        }

        /** Reads the body of the open string, identifier or comment up to its end or to {@code to}. */
        private SqlTokenType continueOpenToken() {
            SqlTokenType type = switch (state.kind()) {
                case BLOCK_COMMENT -> blockCommentBody();
                case DOLLAR_STRING -> dollarBody();
                // closing character, whether doubling it escapes it, whether backslashes escape
                case STRING -> quotedBody(SqlTokenType.STRING, '\'', true, false);
                case ESCAPE_STRING -> quotedBody(SqlTokenType.STRING, '\'', true, true);
                case QUOTED_IDENTIFIER -> quotedBody(SqlTokenType.QUOTED_IDENTIFIER, '"', true, false);
                case BACKTICK_IDENTIFIER -> quotedBody(SqlTokenType.QUOTED_IDENTIFIER, '`', true, false);
                case BRACKET_IDENTIFIER -> quotedBody(SqlTokenType.QUOTED_IDENTIFIER, ']', false, false);
                case NORMAL -> throw new IllegalStateException("no open token to continue");
            };
            boolean endsInside = !state.isNormal() && pos == text.length();
            return endsInside ? SqlTokenType.UNTERMINATED : type;
        }

        private SqlTokenType blockCommentBody() {
            int depth = state.depth();
            while (pos < to && depth > 0) {
                char c = text.charAt(pos);
                if (c == '*' && at(pos + 1) == '/') {
                    pos += 2;
                    depth--;
                } else if (postgres && c == '/' && at(pos + 1) == '*') {
                    // PostgreSQL nests comments; SQLite ends one at the first `*/`.
                    pos += 2;
                    depth++;
                } else {
                    pos++;
                }
            }
            state = depth == 0 ? LexerState.NORMAL : LexerState.inBlockComment(depth);
            return SqlTokenType.BLOCK_COMMENT;
        }

        private SqlTokenType dollarBody() {
            String tag = state.tag();
            while (pos < to) {
                if (text.charAt(pos) == '$' && closesDollarQuote(tag)) {
                    pos += tag.length() + 2;
                    state = LexerState.NORMAL;
                    break;
                }
                pos++;
            }
            return SqlTokenType.DOLLAR_STRING;
        }

        private boolean closesDollarQuote(String tag) {
            int closingDollar = pos + tag.length() + 1;
            if (closingDollar >= to || text.charAt(closingDollar) != '$') {
                return false;
            }
            for (int i = 0; i < tag.length(); i++) {
                if (text.charAt(pos + 1 + i) != tag.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private SqlTokenType quotedBody(SqlTokenType type, char close, boolean doubledCloseEscapes,
                                        boolean backslashEscapes) {
            while (pos < to) {
                char c = text.charAt(pos);
                if (backslashEscapes && c == '\\') {
                    pos = Math.min(pos + 2, to);
                } else if (c == close && doubledCloseEscapes && at(pos + 1) == close) {
                    pos += 2;
                } else if (c == close) {
                    pos++;
                    state = LexerState.NORMAL;
                    break;
                } else {
                    pos++;
                }
            }
            return type;
        }

        private SqlTokenType whitespace() {
            while (pos < to && Character.isWhitespace(text.charAt(pos))) {
                if (text.charAt(pos++) == '\n') {
                    break;
                }
            }
            return SqlTokenType.WHITESPACE;
        }

        private SqlTokenType lineComment() {
            while (pos < to && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
                pos++;
            }
            return SqlTokenType.LINE_COMMENT;
        }

        /** A {@code $} in PostgreSQL: a parameter {@code $1}, or the opening {@code $tag$} of a dollar quote. */
        private SqlTokenType dollar() {
            if (isDigit(at(pos + 1))) {
                pos = skipDigits(pos + 1);
                return SqlTokenType.PARAMETER;
            }
            int tagEnd = pos + 1;
            while (tagEnd < to && isIdentifierPart(text.charAt(tagEnd)) && text.charAt(tagEnd) != '$') {
                tagEnd++;
            }
            if (at(tagEnd) != '$') {
                pos++;
                return SqlTokenType.ERROR;
            }
            String tag = text.subSequence(pos + 1, tagEnd).toString();
            return open(LexerState.inDollarQuote(tag), tagEnd + 1 - pos);
        }

        private SqlTokenType number() {
            if (text.charAt(pos) == '0' && (at(pos + 1) == 'x' || at(pos + 1) == 'X') && isHexDigit(at(pos + 2))) {
                pos += 2;
                while (isHexDigit(at(pos))) {
                    pos++;
                }
                return SqlTokenType.NUMBER;
            }
            pos = skipDigits(pos);
            if (at(pos) == '.') {
                pos = skipDigits(pos + 1);
            }
            if (at(pos) == 'e' || at(pos) == 'E') {
                int digits = at(pos + 1) == '+' || at(pos + 1) == '-' ? pos + 2 : pos + 1;
                // Without digits the `e` is not an exponent but the next token.
                if (isDigit(at(digits))) {
                    pos = skipDigits(digits);
                }
            }
            return SqlTokenType.NUMBER;
        }

        private SqlTokenType word() {
            int start = pos;
            pos = skipIdentifier(pos);
            return isKeyword(text, start, pos) ? SqlTokenType.KEYWORD : SqlTokenType.IDENTIFIER;
        }

        private SqlTokenType operator() {
            pos++;
            // As in PostgreSQL, `--` and `/*` start a comment even right after an operator.
            while (pos < to && operatorChars.indexOf(text.charAt(pos)) >= 0
                    && !startsComment(text.charAt(pos), at(pos + 1))) {
                pos++;
            }
            return SqlTokenType.OPERATOR;
        }

        private int skipDigits(int from) {
            int i = from;
            while (isDigit(at(i))) {
                i++;
            }
            return i;
        }

        private int skipIdentifier(int from) {
            int i = from;
            while (i < to && isIdentifierPart(text.charAt(i))) {
                i++;
            }
            return i;
        }
    }

    private static boolean startsComment(char c, char next) {
        return c == '-' && next == '-' || c == '/' && next == '*';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** Like PostgreSQL, any non-ASCII character may be part of an identifier (surrogate pairs stay together). */
    private static boolean isIdentifierStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80 && !Character.isWhitespace(c);
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || isDigit(c) || c == '$';
    }
}
