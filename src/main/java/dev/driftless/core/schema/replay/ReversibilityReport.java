package dev.driftless.core.schema.replay;

import java.util.List;

/**
 * The outcome of a reversibility check: one result per reversible migration checked, in version
 * order, and the shadow it ran in (empty description when there was nothing to check).
 */
public record ReversibilityReport(List<ReversibilityResult> results, String shadow) {
    public ReversibilityReport {
        results = List.copyOf(results);
    }

    /** Every checked migration is reversible. */
    public boolean allReversible() {
        return results.stream().allMatch(ReversibilityResult::isReversible);
    }
}
