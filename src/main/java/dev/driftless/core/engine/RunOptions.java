package dev.driftless.core.engine;

import java.util.OptionalLong;

/**
 * Options shared by run and revert, named as sqlx-cli's flags.
 *
 * @param targetVersion run up to and including it; revert everything above it (0 reverts all)
 * @param ignoreMissing accept ledger rows whose file is gone
 * @param dryRun        plan and report, change nothing (not even creating the ledger table)
 */
public record RunOptions(OptionalLong targetVersion, boolean ignoreMissing, boolean dryRun) {
    public static final RunOptions DEFAULTS = new RunOptions(OptionalLong.empty(), false, false);
}
