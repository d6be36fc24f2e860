package dev.driftless.ui.actions;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.ui.workspace.LedgerProblem;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

import java.util.function.Predicate;

/**
 * Why Run or Revert cannot do anything now, for their buttons' tooltips; null when they can. A Run or
 * Revert that can only refuse is not offered: its button says why instead of opening a dialog that does.
 */
public final class MigrationActionReasons {
    private MigrationActionReasons() {
    }

    /** Nothing to run when no migration is pending (a failed one is offered: the dialog explains sqlx's refusal). */
    public static StringBinding toRun(WorkspaceViewModel workspace) {
        return reason(workspace, row -> row.status() == MigrationStatus.PENDING || row.status() == MigrationStatus.FAILED,
                "Nothing to run: no migration is pending.");
    }

    /** Nothing to revert when the ledger holds no applied migration. */
    public static StringBinding toRevert(WorkspaceViewModel workspace) {
        return reason(workspace, row -> row.status().isApplied(), "Nothing to revert: no migration is applied.");
    }

    private static StringBinding reason(WorkspaceViewModel workspace, Predicate<StatusRow> actionable, String nothing) {
        return Bindings.createStringBinding(() -> {
            if (workspace.projectProperty().get() == null) {
                return "No project is open.";
            }
            if (workspace.busyProperty().get()) {
                return WorkspaceViewModel.BUSY_REASON;
            }
            LedgerProblem problem = workspace.ledgerProblemProperty().get();
            if (problem != null) {
                return problem.reason();
            }
            return workspace.rows().stream().anyMatch(actionable) ? null : nothing;
        }, workspace.projectProperty(), workspace.busyProperty(), workspace.ledgerProblemProperty(), workspace.rows());
    }
}
