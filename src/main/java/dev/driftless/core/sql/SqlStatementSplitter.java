package dev.driftless.core.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a script into its top-level statements, so that a {@code -- no-transaction} migration
 * can run them one by one (PostgreSQL runs a multi-statement query in an implicit transaction,
 * where {@code CREATE INDEX CONCURRENTLY} and {@code CREATE DATABASE} fail).
 *
 * <p>A {@code ;} ends a statement unless it is inside a string, quoted identifier, comment or
 * dollar quote, inside parentheses (PostgreSQL rules may hold several statements in
 * {@code ( )}), or inside a body that holds statements of its own: {@code BEGIN ... END} of a
 * {@code CREATE TRIGGER}, and PostgreSQL's {@code BEGIN ATOMIC ... END}. In those bodies
 * {@code CASE ... END} nests. This follows what psql does.
 */
public final class SqlStatementSplitter {

    private final SqlLexer lexer;

    public SqlStatementSplitter(SqlDialect dialect) {
        this.lexer = new SqlLexer(dialect);
    }

    /** The statements of the script in order; those holding only comments are left out. */
    public List<SqlStatement> split(String sql) {
        List<SqlStatement> statements = new ArrayList<>();
        LineCounter lines = new LineCounter(sql);
        Statement current = new Statement();
        for (SqlToken token : lexer.tokenize(sql)) {
            if (token.type() == SqlTokenType.WHITESPACE) {
                continue;
            }
            if (isSemicolon(sql, token) && current.endsAtSemicolon()) {
                current.addTo(statements, sql, lines);
                current = new Statement();
            } else {
                current.add(sql, token);
            }
        }
        current.addTo(statements, sql, lines);
        return statements;
    }

    private static boolean isSemicolon(String sql, SqlToken token) {
        return token.type() == SqlTokenType.PUNCTUATION && sql.charAt(token.start()) == ';';
    }

    /** The statement being read: its extent, and the open bodies and parentheses a {@code ;} would be inside. */
    private static final class Statement {
        private int start = -1;
        private int end;
        private boolean significant;
        private boolean onlyKeywordsSoFar = true;
        private boolean startsWithCreate;
        private boolean trigger;
        private String previousKeyword = "";
        private int bodyDepth;
        private int parenthesisDepth;

        void add(String sql, SqlToken token) {
            if (start < 0) {
                start = token.start();
            }
            end = token.end();
            if (token.type().isTrivia()) {
                return;
            }
            String keyword = token.type() == SqlTokenType.KEYWORD
                    ? token.text(sql).toUpperCase(Locale.ROOT) : "";
            if (!significant) {
                startsWithCreate = keyword.equals("CREATE");
            }
            significant = true;
            // CREATE [OR REPLACE] [TEMP] [CONSTRAINT] TRIGGER: only keywords come before TRIGGER.
            onlyKeywordsSoFar &= !keyword.isEmpty();
            trigger |= onlyKeywordsSoFar && startsWithCreate && keyword.equals("TRIGGER");
            if (opensBody(keyword) || keyword.equals("CASE") && bodyDepth > 0) {
                bodyDepth++;
            } else if (keyword.equals("END") && bodyDepth > 0) {
                bodyDepth--;
            }
            parenthesisDepth += parenthesisChange(sql, token);
            previousKeyword = keyword;
        }

        /** A trigger's BEGIN, or the BEGIN ATOMIC of a PostgreSQL function or procedure. */
        private boolean opensBody(String keyword) {
            return keyword.equals("BEGIN") && trigger
                    || keyword.equals("ATOMIC") && previousKeyword.equals("BEGIN") && bodyDepth == 0;
        }

        private static int parenthesisChange(String sql, SqlToken token) {
            if (token.type() != SqlTokenType.PUNCTUATION) {
                return 0;
            }
            char c = sql.charAt(token.start());
            return c == '(' ? 1 : c == ')' ? -1 : 0;
        }

        boolean endsAtSemicolon() {
            return bodyDepth == 0 && parenthesisDepth <= 0;
        }

        void addTo(List<SqlStatement> statements, String sql, LineCounter lines) {
            if (significant) {
                statements.add(new SqlStatement(sql.substring(start, end), start, lines.lineOf(start)));
            }
        }
    }

    /** 1-based line numbers of increasing offsets, counting each line break once over the whole script. */
    private static final class LineCounter {
        private final String text;
        private int offset;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineOf(int target) {
            for (; offset < target; offset++) {
                if (text.charAt(offset) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
