package dev.driftless.cli;

import java.nio.file.Path;

/** The command line for tests in other packages: runs it in-process and fails loudly if it fails. */
public final class CliTestSupport {
    private CliTestSupport() {
    }

    public static void run(Path folder, String... args) {
        CliRun run = CliRun.in(folder, args);
        if (run.exitCode() != 0) {
            throw new IllegalStateException("driftless " + String.join(" ", args) + " failed: " + run.err());
        }
    }
}
