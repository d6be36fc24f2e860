package dev.driftless.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/** --lock-timeout, for every command that takes the migration lock (runs, reverts, ledger repairs). */
final class LockTimeoutOption {
    static final Duration DEFAULT = Duration.ofSeconds(60);

    @Option(names = "--lock-timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for another migration run holding the lock (PostgreSQL advisory lock, "
                    + "SQLite lock file). Default: ${DEFAULT-VALUE}.")
    long seconds;

    Duration duration() {
        return Duration.ofSeconds(seconds);
    }
}
