package dev.driftless.core.schema.compare;

/**
 * What a schema comparison looks at beyond the structure itself.
 *
 * @param columnOrder         compare columns' positions too (off by default: a column added at the end
 *                            by hand and one added by a migration hold the same data)
 * @param matchGeneratedNames take a constraint or index that only one side has under a name
 *                            PostgreSQL generates ({@code orders_pkey}, {@code orders_status_idx}...) for
 *                            the other side's one with the same definition under another name (on by
 *                            default: a renamed table keeps its old generated names, a new one gets new ones)
 */
public record ComparisonOptions(boolean columnOrder, boolean matchGeneratedNames) {
    /** Column order ignored, generated names matched by definition. */
    public static final ComparisonOptions DEFAULT = new ComparisonOptions(false, true);
}
