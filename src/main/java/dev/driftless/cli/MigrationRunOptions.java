package dev.driftless.cli;

import dev.driftless.core.engine.RunOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.OptionalLong;

/** The flags `migrate run` and `migrate revert` share. */
final class MigrationRunOptions {
    static final Duration DEFAULT_LOCK_TIMEOUT = LockTimeoutOption.DEFAULT;

    @Option(names = "--dry-run", description = "List what would run; change nothing.")
    boolean dryRun;

    @Option(names = "--ignore-missing", description = "Go on when applied migrations have no file.")
    boolean ignoreMissing;

    @Mixin
    LockTimeoutOption lockTimeout;

    RunOptions toRunOptions(Long targetVersion) {
        return new RunOptions(targetVersion == null ? OptionalLong.empty() : OptionalLong.of(targetVersion),
                ignoreMissing, dryRun);
    }

    Duration lockTimeout() {
        return lockTimeout.duration();
    }
}
