package dev.driftless.cli;

import dev.driftless.core.repair.LedgerRepair;
import dev.driftless.core.repair.RepairJournal;
import dev.driftless.core.repair.RepairKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.sql.Connection;

/** `ledger restamp|forget|clear-failed VERSION`: one repair of one ledger row, journalled. */
abstract class LedgerRepairCommand extends LedgerEditCommand {
    private final RepairKind kind;

    @Parameters(paramLabel = "VERSION", description = "The migration's version.")
    long version;

    LedgerRepairCommand(CliContext context, RepairKind kind) {
        super(context);
        this.kind = kind;
    }

    @Override
    Edit prepare(Target target, Connection connection) throws Exception {
        LedgerRepair repair = target.planner().plan(connection, target.project().readMigrations(), kind, version);
        return new Edit(repair.description(), repair.preview(), changed -> {
            repair.apply(changed);
            RepairJournal.Entry entry = target.journal().record(target.database(), repair);
            return "journalled in " + entry.file() + "; `driftless ledger undo` reverses it";
        });
    }

    @Command(name = "restamp", mixinStandardHelpOptions = true,
            description = "Accept a drifted migration's changed file: set its ledger checksum to the file's.")
    static final class Restamp extends LedgerRepairCommand {
        Restamp(CliContext context) {
            super(context, RepairKind.RESTAMP);
        }
    }

    @Command(name = "forget", mixinStandardHelpOptions = true,
            description = "Delete the ledger row of a migration whose file is missing.")
    static final class Forget extends LedgerRepairCommand {
        Forget(CliContext context) {
            super(context, RepairKind.FORGET);
        }
    }

    @Command(name = "clear-failed", mixinStandardHelpOptions = true,
            description = "Delete the success = false row of a half-applied migration, so runs can go on.")
    static final class ClearFailed extends LedgerRepairCommand {
        ClearFailed(CliContext context) {
            super(context, RepairKind.CLEAR_FAILED);
        }
    }
}
