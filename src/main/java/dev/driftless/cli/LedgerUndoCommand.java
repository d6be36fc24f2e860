package dev.driftless.cli;

import dev.driftless.core.repair.LedgerRepair;
import dev.driftless.core.repair.RepairJournal;
import picocli.CommandLine.Command;

import java.sql.Connection;

/** `ledger undo`: reverse the newest journalled repair of this database, putting its row back exactly. */
@Command(name = "undo", mixinStandardHelpOptions = true,
        description = "Undo the last ledger repair made on this database (repeat to go further back).")
final class LedgerUndoCommand extends LedgerEditCommand {

    LedgerUndoCommand(CliContext context) {
        super(context);
    }

    @Override
    Edit prepare(Target target, Connection connection) throws Exception {
        RepairJournal journal = target.journal();
        RepairJournal.Entry entry = journal.lastUndoable(target.database()).orElseThrow(() -> new CliFailure(
                "no ledger repair of " + target.url().masked() + " to undo in " + journal.folder()));
        LedgerRepair repair = target.planner().fromJournal(entry);
        return new Edit("undo " + repair.description(), repair.undoPreview(), changed -> {
            repair.undo(changed);
            journal.markUndone(entry);
            return "marked undone in " + entry.file();
        });
    }
}
