package dev.driftless.db;

import java.util.List;

/**
 * The first rows of a table or view ({@link RelationPreview}).
 *
 * @param columns the column names, in the relation's order
 * @param rows    each row's values, one per column
 * @param more    whether the relation has rows beyond these
 */
public record PreviewRows(List<String> columns, List<List<PreviewValue>> rows, boolean more) {

    public PreviewRows {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
