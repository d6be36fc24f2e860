package dev.driftless.core.repair;

import dev.driftless.core.sql.SqlDialect;
import dev.driftless.core.sql.SqlLexer;
import dev.driftless.core.sql.SqlStatement;
import dev.driftless.core.sql.SqlStatementSplitter;
import dev.driftless.core.sql.SqlToken;
import dev.driftless.core.sql.SqlTokenType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the statements of a migration changed after it was applied. Both texts are split into
 * top-level statements and compared as SQL tokens (comments and whitespace ignored, keywords in
 * any case), each statement matching at most one statement of the other text: a statement of
 * the current text with no match was <em>added</em>, one of the applied text with no match was
 * <em>removed</em>. An added and a removed statement that begin alike (the same words up to the first
 * parenthesis, at most {@value #TARGET_TOKENS} of them: {@code ALTER TABLE orders ADD COLUMN status}) are one
 * statement <em>changed</em>: the database ran its old form, so its new form would fail or repeat its effect.
 *
 * @param added   statements of the current text that the database never ran, in file order
 * @param removed statements the database ran that the current text no longer has, in applied order
 * @param changed statements whose old form the database ran and whose new form the current text has
 */
public record StatementDifference(List<SqlStatement> added, List<SqlStatement> removed, List<Change> changed) {
    /** How many leading words name what a statement acts on, when no parenthesis comes first. */
    static final int TARGET_TOKENS = 6;

    /** One statement as the database ran it and as the file has it now. */
    public record Change(SqlStatement before, SqlStatement after) {
    }

    public StatementDifference {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static StatementDifference between(String applied, String current, SqlDialect dialect) {
        SqlStatementSplitter splitter = new SqlStatementSplitter(dialect);
        SqlLexer lexer = new SqlLexer(dialect);
        List<SqlStatement> appliedStatements = splitter.split(applied);
        List<SqlStatement> currentStatements = splitter.split(current);
        List<SqlStatement> added = new ArrayList<>(unmatched(currentStatements, appliedStatements, lexer));
        List<SqlStatement> removed = new ArrayList<>(unmatched(appliedStatements, currentStatements, lexer));
        List<Change> changed = new ArrayList<>();
        for (Iterator<SqlStatement> newer = added.iterator(); newer.hasNext(); ) {
            SqlStatement after = newer.next();
            String target = target(after, lexer);
            Optional<SqlStatement> before = removed.stream().filter(old -> target(old, lexer).equals(target)).findFirst();
            if (before.isPresent()) {
                removed.remove(before.get());
                newer.remove();
                changed.add(new Change(before.get(), after));
            }
        }
        return new StatementDifference(added, removed, changed);
    }

    /** True when the same statements run, so there is nothing to move into a new migration. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    /** What a statement acts on: its first words up to an opening parenthesis, at most {@link #TARGET_TOKENS}. */
    private static String target(SqlStatement statement, SqlLexer lexer) {
        StringBuilder target = new StringBuilder();
        String text = statement.text();
        int taken = 0;
        for (SqlToken token : lexer.significantTokens(text)) {
            String tokenText = token.text(text);
            if (taken == TARGET_TOKENS || tokenText.equals("(")) {
                break;
            }
            target.append(token.type() == SqlTokenType.KEYWORD ? tokenText.toUpperCase(Locale.ROOT) : tokenText)
                    .append('\u0000');
            taken++;
        }
        return target.toString();
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
