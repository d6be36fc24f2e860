package dev.driftless.cli;

import dev.driftless.userdata.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code driftless --version} gives the pom's version (filtered in at build time), the runtime and the data folder. */
class VersionTextTest {
    @TempDir
    Path folder;

    @Test
    void versionNamesThePomsVersionTheJavaRuntimeAndTheDataFolder() {
        CliRun run = CliRun.in(folder, "--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(3);
        assertThat(run.out().lines().findFirst().orElseThrow()).matches("driftless \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(run.out()).contains("Java " + System.getProperty("java.runtime.version"))
                .contains("data folder: " + DataFolder.forThisProcess().path());
    }
}
