package dev.driftless.core.repair;

import dev.driftless.core.engine.MigrationStatus;

import java.util.Arrays;
import java.util.Optional;

/**
 * The ledger repairs, each allowed on exactly one {@link MigrationStatus}: a repair on any other
 * row would hide a real problem rather than fix a known one.
 */
public enum RepairKind {
    /** Accept a changed file: the ledger row takes the file's current checksum. */
    RESTAMP("restamp", MigrationStatus.DRIFTED, "accept the changed file of"),
    /** Delete the ledger row of a migration whose file is gone. */
    FORGET("forget", MigrationStatus.MISSING, "forget the missing"),
    /** Delete a success = false row left by a half-applied migration. */
    CLEAR_FAILED("clear-failed", MigrationStatus.FAILED, "clear the failed row of");

    private final String command;
    private final MigrationStatus requires;
    private final String verb;

    RepairKind(String command, MigrationStatus requires, String verb) {
        this.command = command;
        this.requires = requires;
        this.verb = verb;
    }

    /** The word on the command line (`driftless ledger restamp`) and in the journal. */
    public String command() {
        return command;
    }

    /** The only status this repair applies to. */
    public MigrationStatus requires() {
        return requires;
    }

    /** What the repair does to a migration, e.g. "forget the missing migration 3". */
    public String describe(long version) {
        return verb + " migration " + version;
    }

    /** The repair that fits a status, if any does. */
    public static Optional<RepairKind> fixing(MigrationStatus status) {
        return Arrays.stream(values()).filter(kind -> kind.requires == status).findFirst();
    }

    /** The kind named by {@link #command()}. */
    public static RepairKind fromCommand(String command) {
        return Arrays.stream(values()).filter(kind -> kind.command.equals(command)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown ledger repair \"" + command + "\""));
    }
}
