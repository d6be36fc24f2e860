package dev.driftless.core.repair;

import dev.driftless.core.sql.SqlDialect;
import dev.driftless.core.sql.SqlLexer;
import dev.driftless.core.sql.SqlStatement;
import dev.driftless.core.sql.SqlStatementSplitter;
import dev.driftless.core.sql.SqlToken;
import dev.driftless.core.sql.SqlTokenType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How the statements of a migration changed after it was applied. Both texts are split into
 * top-level statements and compared as SQL tokens (comments and whitespace ignored, keywords in
 * any case), each statement matching at most one statement of the other text: a statement of
 * the current text with no match was <em>added</em>, one of the applied text with no match was
 * <em>removed</em>. A changed statement is both: its old form removed, its new form added.
 *
 * @param added   statements of the current text that the database never ran, in file order
 * @param removed statements the database ran that the current text no longer has, in applied order
 */
public record StatementDifference(List<SqlStatement> added, List<SqlStatement> removed) {

    public StatementDifference {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public static StatementDifference between(String applied, String current, SqlDialect dialect) {
        SqlStatementSplitter splitter = new SqlStatementSplitter(dialect);
        SqlLexer lexer = new SqlLexer(dialect);
        List<SqlStatement> appliedStatements = splitter.split(applied);
        List<SqlStatement> currentStatements = splitter.split(current);
        return new StatementDifference(unmatched(currentStatements, appliedStatements, lexer),
                unmatched(appliedStatements, currentStatements, lexer));
    }

    /** True when the same statements run, so there is nothing to move into a new migration. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** The statements of {@code statements} left once each statement of {@code others} took one equal to it. */
    private static List<SqlStatement> unmatched(List<SqlStatement> statements, List<SqlStatement> others,
                                                SqlLexer lexer) {
        Map<String, Integer> available = new HashMap<>();
        others.forEach(other -> available.merge(key(other, lexer), 1, Integer::sum));
        List<SqlStatement> left = new ArrayList<>();
        for (SqlStatement statement : statements) {
            String key = key(statement, lexer);
            if (available.getOrDefault(key, 0) > 0) {
                available.merge(key, -1, Integer::sum);
            } else {
                left.add(statement);
            }
        }
        return left;
    }

    /** The statement's significant tokens, each with its type, keywords upper-cased: equal keys run the same SQL. */
    private static String key(SqlStatement statement, SqlLexer lexer) {
        StringBuilder key = new StringBuilder();
        String text = statement.text();
        for (SqlToken token : lexer.significantTokens(text)) {
            String tokenText = token.text(text);
            key.append(token.type().name()).append(':')
                    .append(token.type() == SqlTokenType.KEYWORD ? tokenText.toUpperCase(Locale.ROOT) : tokenText)
                    .append('\u0000');
        }
        return key.toString();
    }
}
