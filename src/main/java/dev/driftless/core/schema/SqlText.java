package dev.driftless.core.schema;

import dev.driftless.core.sql.SqlDialect;
import dev.driftless.core.sql.SqlLexer;
import dev.driftless.core.sql.SqlToken;
import dev.driftless.core.sql.SqlTokenType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SQL text in a comparable form, for definitions the database keeps as written (SQLite's
 * {@code sqlite_schema.sql}): comments and whitespace dropped, keywords and unquoted names in lower
 * case, quoted names unquoted where the quotes change nothing, final semicolons dropped, and the
 * tokens joined with single spaces (none inside parentheses or around a dot, none before a comma).
 * Two texts that differ only in layout, comments, keyword case or needless quoting normalise to
 * the same string.
 */
public final class SqlText {
    private static final Pattern PLAIN_LOWER = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Pattern PLAIN_ANY_CASE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private SqlText() {
    }

    /** The normalised text; see the class comment. */
    public static String normalize(String sql, SqlDialect dialect) {
        return join(tokens(sql, dialect));
    }

    /** The normalised tokens, for a caller that picks parts of a statement (an index's column list). */
    public static List<String> tokens(String sql, SqlDialect dialect) {
        List<String> tokens = new ArrayList<>();
        for (SqlToken token : new SqlLexer(dialect).significantTokens(sql)) {
            tokens.add(normalizeToken(token.text(sql), token.type(), dialect));
        }
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).equals(";")) {
            tokens.remove(tokens.size() - 1);
        }
        return tokens;
    }

    /** Joins normalised tokens the way {@link #normalize} does. */
    public static String join(List<String> tokens) {
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (String token : tokens) {
            if (previous != null && !previous.equals("(") && !previous.equals(".")
                    && !token.equals(")") && !token.equals("(") && !token.equals(",") && !token.equals(".")
                    && !token.equals(";")) {
                text.append(' ');
            }
            text.append(token);
            previous = token;
        }
        return text.toString();
    }

    private static String normalizeToken(String text, SqlTokenType type, SqlDialect dialect) {
        return switch (type) {
            case KEYWORD, IDENTIFIER -> text.toLowerCase(Locale.ROOT);
            case QUOTED_IDENTIFIER -> identifier(unquote(text), dialect);
            default -> text;
        };
    }

    /** A quoted name as plain as it can be without changing what it names. */
    private static String identifier(String name, SqlDialect dialect) {
        // SQLite compares names without regard to ASCII case, quoted or not; PostgreSQL folds bare names to lower case.
        if (dialect == SqlDialect.SQLITE && PLAIN_ANY_CASE.matcher(name).matches()) {
            return name.toLowerCase(Locale.ROOT);
        }
        if (dialect == SqlDialect.POSTGRESQL && PLAIN_LOWER.matcher(name).matches()) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String unquote(String quoted) {
        char open = quoted.charAt(0);
        String inner = quoted.substring(1, quoted.length() - 1);
        return switch (open) {
            case '"' -> inner.replace("\"\"", "\"");
            case '`' -> inner.replace("``", "`");
            default -> inner; // [name]: SQLite has no escape inside brackets
        };
    }
}
