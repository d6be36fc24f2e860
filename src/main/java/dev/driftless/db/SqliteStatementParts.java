package dev.driftless.db;

import dev.driftless.core.schema.SqlText;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What SQLite's pragmas do not report but its stored statements hold, read from their normalised
 * tokens ({@link SqlText#tokens}): an index's key expressions and partial condition, a generated
 * column's expression. Only the parenthesised lists of a CREATE statement are read; nothing else
 * of SQL's grammar is needed.
 */
final class SqliteStatementParts {
    private SqliteStatementParts() {
    }

    /**
     * The key columns or expressions and the WHERE condition of a CREATE INDEX statement.
     *
     * @param columns   each item of the column list, normalised ({@code lower(email)}, {@code created_at desc})
     * @param predicate the condition after WHERE, normalised; null for an index on all rows
     */
    record IndexParts(List<String> columns, String predicate) {
    }

    static IndexParts index(List<String> tokens) {
        // The first parenthesis opens the column list: the names before it (index, table) are single tokens.
        int open = tokens.indexOf("(");
        if (open < 0) {
            return new IndexParts(List.of(), null);
        }
        List<List<String>> items = new ArrayList<>();
        int end = items(tokens, open, items);
        List<String> rest = tokens.subList(Math.min(end + 1, tokens.size()), tokens.size());
        boolean partial = !rest.isEmpty() && rest.get(0).equals("where");
        return new IndexParts(items.stream().map(SqlText::join).toList(),
                partial ? SqlText.join(rest.subList(1, rest.size())) : null);
    }

    /**
     * The expression of every generated column of a CREATE TABLE statement ({@code AS (...)} in its
     * definition), by the column's first token as {@link SqlText} normalises names.
     */
    static Map<String, String> generatedExpressions(List<String> tokens) {
        Map<String, String> expressions = new HashMap<>();
        int open = tokens.indexOf("(");
        if (open < 0) {
            return expressions;
        }
        List<List<String>> definitions = new ArrayList<>();
        items(tokens, open, definitions);
        for (List<String> definition : definitions) {
            int depth = 0;
            for (int i = 1; i + 1 < definition.size(); i++) {
                String token = definition.get(i);
                if (token.equals("(")) {
                    depth++;
                } else if (token.equals(")")) {
                    depth--;
                } else if (depth == 0 && token.equals("as") && definition.get(i + 1).equals("(")) {
                    List<List<String>> expression = new ArrayList<>();
                    items(definition, i + 1, expression);
                    expressions.put(definition.get(0), String.join(", ", expression.stream().map(SqlText::join).toList()));
                    break;
                }
            }
        }
        return expressions;
    }

    /** Adds the comma-separated items of the list opening at {@code open} and returns where it closes. */
    private static int items(List<String> tokens, int open, List<List<String>> items) {
        List<String> item = new ArrayList<>();
        int depth = 0;
        int position = open + 1;
        for (; position < tokens.size(); position++) {
            String token = tokens.get(position);
            if (token.equals(")") && depth == 0) {
                break;
            }
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")")) {
                depth--;
            }
            if (token.equals(",") && depth == 0) {
                items.add(List.copyOf(item));
                item.clear();
            } else {
                item.add(token);
            }
        }
        if (!item.isEmpty()) {
            items.add(List.copyOf(item));
        }
        return position;
    }
}
