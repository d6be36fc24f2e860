package dev.driftless.core.schema.replay;

import java.util.List;

/** What is replayed into a shadow, in version order, and which ledger rows are left out and why. */
public record ReplayPlan(List<ReplayStep> steps, List<NotReplayed> notReplayed) {
    public ReplayPlan {
        steps = List.copyOf(steps);
        notReplayed = List.copyOf(notReplayed);
    }
}
