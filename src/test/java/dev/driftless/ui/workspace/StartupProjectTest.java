package dev.driftless.ui.workspace;

import dev.driftless.ui.demo.DemoProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StartupProjectTest {
    @TempDir
    Path home;

    private final ProjectOpener opener = new ProjectOpener(Map.of());

    @Test
    void launchFolderWithMigrationsWins() throws IOException {
        Path project = Files.createDirectories(home.resolve("app/migrations")).getParent();
        Path recent = Files.createDirectories(home.resolve("recent/migrations")).getParent();

        assertThat(StartupProject.choose(project, List.of(recent), home.resolve("data"), opener).project().directory())
                .isEqualTo(project);
    }

    @Test
    void otherwiseTheMostRecentProjectThatStillExists() throws IOException {
        Path recent = Files.createDirectories(home.resolve("recent/migrations")).getParent();

        assertThat(StartupProject.choose(home, List.of(home.resolve("gone"), recent), home.resolve("data"), opener)
                .project().directory()).isEqualTo(recent);
    }

    @Test
    void onAFreshMachineTheDemoOpensOnItsSqliteDatabase() throws IOException {
        ProjectOpener.Opened opened = StartupProject.choose(home, List.of(), home.resolve("data"), opener);

        assertThat(DemoProject.isDemo(opened.project().directory())).isTrue();
        assertThat(opened.database().masked()).startsWith("sqlite://").endsWith("shop.db");
    }
}
