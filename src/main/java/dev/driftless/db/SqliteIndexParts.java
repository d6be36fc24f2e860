package dev.driftless.db;

import dev.driftless.core.schema.SqlText;

import java.util.ArrayList;
import java.util.List;

/**
 * The key columns or expressions and the WHERE condition of a SQLite CREATE INDEX statement, from
 * its normalised tokens: SQLite's pragmas name an indexed column but not an expression or a
 * partial index's condition, which only the statement holds.
 *
 * @param columns   each item of the column list, normalised ({@code lower(email)}, {@code created_at desc})
 * @param predicate the condition after WHERE, normalised; null for an index on all rows
 */
record SqliteIndexParts(List<String> columns, String predicate) {

    /** Reads the parts from {@link SqlText#tokens} of a CREATE INDEX statement. */
    static SqliteIndexParts of(List<String> tokens) {
        // The first parenthesis opens the column list: the names before it (index, table) are single tokens.
        int open = tokens.indexOf("(");
        if (open < 0) {
            return new SqliteIndexParts(List.of(), null);
        }
        List<String> columns = new ArrayList<>();
        List<String> item = new ArrayList<>();
        int depth = 0;
        int position = open + 1;
        for (; position < tokens.size(); position++) {
            String token = tokens.get(position);
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")") && depth-- == 0) {
                break;
            }
            if (token.equals(",") && depth == 0) {
                columns.add(SqlText.join(item));
                item.clear();
            } else {
                item.add(token);
            }
        }
        if (!item.isEmpty()) {
            columns.add(SqlText.join(item));
        }
        List<String> rest = tokens.subList(Math.min(position + 1, tokens.size()), tokens.size());
        boolean partial = !rest.isEmpty() && rest.get(0).equals("where");
        return new SqliteIndexParts(columns, partial ? SqlText.join(rest.subList(1, rest.size())) : null);
    }
}
