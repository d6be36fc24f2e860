package dev.driftless.ui.drift;

import dev.driftless.core.repair.LedgerRepair;
import dev.driftless.ui.actions.DisabledWithReason;
import dev.driftless.ui.actions.OwnedDialogs;
import dev.driftless.ui.workspace.RefusalHints;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.binding.StringExpression;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.List;
import java.util.function.Consumer;

/**
 * The repairs of the selected migration's drift, each declared once for the Drift tab's buttons and the
 * Migrations &gt; Repair Drift menu: its wording, whether it is offered for this drift, why it cannot act now,
 * and what it does (plan in the background, show what it would change, make it once confirmed).
 */
public final class DriftRepairs {
    /**
     * One repair.
     *
     * @param id      the Drift tab button's id (the menu item gets id + "Menu")
     * @param offered whether this drift has it at all (a restore needs the applied text, a line-ending
     *                repair a line-ending drift); a repair not offered is hidden, not disabled
     * @param whyNot  why it cannot act now, or null when it can
     * @param start   plans it and asks for confirmation in a dialog owned by the given window
     */
    public record Repair(String id, ObservableStringValue label, Ikon icon, String tooltip,
                         ObservableBooleanValue offered, ObservableStringValue whyNot, Consumer<Window> start) {
    }

    private final DriftViewModel drift;
    private final FileRepairViewModel fileRepairs;
    private final Repair restore;
    private final Repair moveEdit;
    private final Repair ledgerRepair;
    private final Repair undoLedgerRepair;
    private final Repair undoFileRepair;
    private final Repair gitattributes;
    private final Repair ignoredChars;

    public DriftRepairs(DriftViewModel drift, FileRepairViewModel fileRepairs) {
        this.drift = drift;
        this.fileRepairs = fileRepairs;
        WorkspaceViewModel workspace = drift.workspace();
        ObservableStringValue busy = DisabledWithReason.reasonWhile(workspace.busyProperty(), WorkspaceViewModel.BUSY_REASON);
        restore = fileRepair("restoreButton", "Restore applied text", MaterialDesignU.UNDO_VARIANT, null,
                fileRepairs.restorableProperty(), busy, fileRepairs::prepareRestore);
        moveEdit = fileRepair("moveEditButton", "Move edit to new migration", MaterialDesignF.FILE_MOVE_OUTLINE,
                "Put the applied text back and move the changed statements into a new migration",
                fileRepairs.movableProperty(), busy, fileRepairs::prepareMove);
        ledgerRepair = new Repair("repairButton", Bindings.createStringBinding(() -> drift.repairKindProperty().get()
                == null ? "" : RefusalHints.repairButtonLabel(drift.repairKindProperty().get()), drift.repairKindProperty()),
                MaterialDesignW.WRENCH, null, drift.repairKindProperty().isNotNull(), busy,
                owner -> drift.prepareRepair(planned -> {
                    LedgerRepair repair = planned.repair();
                    confirm(new RepairDialog(RefusalHints.repairButtonLabel(repair.kind()), repair.description(),
                            repair.preview(), drift.confirmation()), RepairDialog.CONFIRM, owner,
                            () -> drift.applyRepair(planned));
                }));
        undoLedgerRepair = new Repair("undoRepair", constant("Undo ledger repair"), MaterialDesignU.UNDO, null,
                constantTrue(), undoLedgerReason(workspace), owner -> drift.prepareUndo(prepared -> confirm(
                        new RepairDialog("Undo ledger repair", "undo " + prepared.repair().description(),
                                prepared.repair().undoPreview(), drift.confirmation()), RepairDialog.CONFIRM, owner,
                        () -> drift.applyUndo(prepared))));
        undoFileRepair = new Repair("undoFileRepair", constant("Undo file repair"), MaterialDesignU.UNDO,
                "Reverse the last restore, move, .gitattributes or sqlx.toml change of this project", constantTrue(),
                undoFileReason(workspace), owner -> fileRepairs.prepareUndo(prepared -> confirm(new FileChangeDialog(
                        "Undo file repair", "undo " + prepared.repair().description(), prepared.repair().undoDiff(),
                        prepared.repair().undoSqlPreview(), drift.confirmation()), FileChangeDialog.CONFIRM, owner,
                        () -> fileRepairs.applyUndo(prepared))));
        BooleanExpression lineEndingDrift = fileRepairs.lineEndingAdviceProperty().isNotEmpty();
        gitattributes = fileRepair("gitattributesButton", "Add to .gitattributes", null, null, lineEndingDrift,
                Bindings.createStringBinding(() -> workspace.busyProperty().get() ? WorkspaceViewModel.BUSY_REASON
                        : fileRepairs.gitattributesPresentProperty().get()
                        ? "The project's .gitattributes already fixes the line endings of migrations" : null,
                        workspace.busyProperty(), fileRepairs.gitattributesPresentProperty()),
                fileRepairs::prepareGitattributes);
        ignoredChars = fileRepair("ignoredCharsButton", "Set ignored-chars in sqlx.toml", null, null,
                lineEndingDrift.and(fileRepairs.ignoredCharsApplicableProperty()), busy, fileRepairs::prepareIgnoredChars);
    }

    /** All of them in the order the Drift tab shows them: the menu's order. */
    public List<Repair> all() {
        return List.of(restore, moveEdit, ledgerRepair, gitattributes, ignoredChars, undoLedgerRepair, undoFileRepair);
    }

    public DriftViewModel drift() {
        return drift;
    }

    public FileRepairViewModel fileRepairs() {
        return fileRepairs;
    }

    Repair restore() {
        return restore;
    }

    Repair moveEdit() {
        return moveEdit;
    }

    Repair ledgerRepair() {
        return ledgerRepair;
    }

    Repair undoLedgerRepair() {
        return undoLedgerRepair;
    }

    Repair undoFileRepair() {
        return undoFileRepair;
    }

    Repair gitattributes() {
        return gitattributes;
    }

    Repair ignoredChars() {
        return ignoredChars;
    }

    /** A repair of the migration's files: planned, its diff (and SQL) shown, written once confirmed. */
    private Repair fileRepair(String id, String label, Ikon icon, String tooltip, ObservableBooleanValue offered,
                              ObservableStringValue whyNot,
                              Consumer<Consumer<FileRepairViewModel.PreparedFileRepair>> prepare) {
        return new Repair(id, constant(label), icon, tooltip, offered, whyNot, owner -> prepare.accept(prepared ->
                confirm(new FileChangeDialog(label, prepared.repair().description(), prepared.repair().diff(),
                        prepared.repair().sqlPreview(), drift.confirmation()), FileChangeDialog.CONFIRM, owner,
                        () -> fileRepairs.apply(prepared))));
    }

    private StringExpression undoLedgerReason(WorkspaceViewModel workspace) {
        return Bindings.createStringBinding(() -> {
            if (workspace.busyProperty().get()) {
                return WorkspaceViewModel.BUSY_REASON;
            }
            if (workspace.databaseProperty().get() == null) {
                return "No database is set, so there is no ledger repair to undo";
            }
            return drift.ledgerUndoableProperty().get() ? null
                    : "Nothing to undo: no ledger repair of this database is in the journal";
        }, workspace.busyProperty(), workspace.databaseProperty(), drift.ledgerUndoableProperty());
    }

    private StringExpression undoFileReason(WorkspaceViewModel workspace) {
        return Bindings.createStringBinding(() -> {
            if (workspace.busyProperty().get()) {
                return WorkspaceViewModel.BUSY_REASON;
            }
            if (workspace.projectProperty().get() == null) {
                return "No project is open";
            }
            return fileRepairs.fileUndoableProperty().get() ? null
                    : "Nothing to undo: no file repair of this project is in the journal";
        }, workspace.busyProperty(), workspace.projectProperty(), fileRepairs.fileUndoableProperty());
    }

    private static void confirm(Dialog<ButtonType> dialog, ButtonType confirmation, Window owner, Runnable onConfirmed) {
        OwnedDialogs.showAndWait(dialog, owner).filter(confirmation::equals).ifPresent(confirmed -> onConfirmed.run());
    }

    private static ObservableStringValue constant(String text) {
        return new SimpleStringProperty(text);
    }

    private static ObservableBooleanValue constantTrue() {
        return new SimpleBooleanProperty(true);
    }
}
