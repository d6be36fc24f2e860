package dev.driftless.cli;

import picocli.CommandLine.Command;

/** `driftless ledger ...`: repairs of the ledger table that sqlx itself has no command for. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Repair the ledger table: each repair shows its SQL, asks, runs in one transaction "
                + "and is journalled so that `ledger undo` can reverse it.",
        subcommands = {LedgerRepairCommand.Restamp.class, LedgerRepairCommand.Forget.class,
                LedgerRepairCommand.ClearFailed.class, LedgerUndoCommand.class})
final class LedgerCommand {
}
