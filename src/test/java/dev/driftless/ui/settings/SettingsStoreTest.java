package dev.driftless.ui.settings;

import dev.driftless.db.DatabaseUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsStoreTest {
    private static final String PASSWORD = "s3cr3t-Pa55";

    @TempDir
    Path dataFolder;

    private Path settingsFile() {
        return dataFolder.resolve(SettingsStore.FILE_NAME);
    }

    private SettingsStore store() {
        return new SettingsStore(settingsFile(), Optional.empty());
    }

    @Test
    void aFirstRunGetsTheDefaults() {
        Settings settings = store().load();

        assertThat(settings.recentProjects()).isEmpty();
        assertThat(settings.window()).isEmpty();
        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settings.splitPositions()).isEmpty();
    }

    @Test
    void everythingSurvivesARoundTrip() throws Exception {
        Path project = Files.createDirectories(dataFolder.resolve("shop"));
        Settings settings = new Settings();
        settings.addRecentProject(project);
        settings.setWindow(new WindowBounds(10, 20.5, 1200, 800, true));
        settings.setSplitPosition("tree", 0.25);
        settings.setSplitPosition("editor", 0.6);
        settings.setTheme(Theme.DARK);
        settings.putConnection(project, NamedConnection.of("local", DatabaseUrl.parse("sqlite://shop.db"), "#2e7d32"));
        settings.putConnection(project, NamedConnection.of("staging",
                DatabaseUrl.parse("postgres://app@db.example.com/shop"), "#c62828"));

        store().save(settings);
        Settings loaded = store().load();

        assertThat(loaded.recentProjects()).containsExactly(project);
        assertThat(loaded.window()).contains(new WindowBounds(10, 20.5, 1200, 800, true));
        assertThat(loaded.splitPosition("tree")).hasValue(0.25);
        assertThat(loaded.splitPosition("editor")).hasValue(0.6);
        assertThat(loaded.splitPosition("log")).isEmpty();
        assertThat(loaded.theme()).isEqualTo(Theme.DARK);
        assertThat(loaded.connections(project)).containsExactly(
                new NamedConnection("local", "sqlite://shop.db", "#2e7d32"),
                new NamedConnection("staging", "postgres://app@db.example.com/shop", "#c62828"));
        assertThat(dataFolder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void recentProjectsAreMostRecentFirstWithoutDuplicatesAndAtMostTen() throws Exception {
        List<Path> projects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            projects.add(Files.createDirectories(dataFolder.resolve("project-" + i)));
        }
        Settings settings = new Settings();
        projects.forEach(settings::addRecentProject);
        settings.addRecentProject(projects.get(5).resolve("../project-5")); // the same folder, spelled differently

        store().save(settings);

        assertThat(store().load().recentProjects()).containsExactly(
                projects.get(5), projects.get(11), projects.get(10), projects.get(9), projects.get(8),
                projects.get(7), projects.get(6), projects.get(4), projects.get(3), projects.get(2));
    }

    @Test
    void recentProjectsWhoseFolderIsGoneAreDroppedOnLoad() throws Exception {
        Path kept = Files.createDirectories(dataFolder.resolve("kept"));
        Path deleted = Files.createDirectories(dataFolder.resolve("deleted"));
        Settings settings = new Settings();
        settings.addRecentProject(kept);
        settings.addRecentProject(deleted);
        store().save(settings);

        Files.delete(deleted);

        assertThat(store().load().recentProjects()).containsExactly(kept);
    }

    @Test
    void aCorruptFileGivesTheDefaultsAndIsKeptAside() throws Exception {
        Files.writeString(settingsFile(), "{\"theme\": \"DARK\", \"recentProjects\": [");

        Settings settings = store().load();

        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
        assertThat(settingsFile()).doesNotExist();
        assertThat(dataFolder.resolve("settings.json.bad")).hasContent("{\"theme\": \"DARK\", \"recentProjects\": [");
    }

    @Test
    void aFileOfTheWrongShapeCountsAsCorrupt() throws Exception {
        Files.writeString(settingsFile(), "[1, 2, 3]");

        assertThat(store().load().recentProjects()).isEmpty();
        assertThat(dataFolder.resolve("settings.json.bad")).exists();
    }

    @Test
    void passwordsAreNeverWritten() throws Exception {
        Path project = Files.createDirectories(dataFolder.resolve("shop"));
        Settings settings = new Settings();
        settings.putConnection(project, NamedConnection.of("staging",
                DatabaseUrl.parse("postgres://app:" + PASSWORD + "@db.example.com:5432/shop?sslmode=require"), "#c62828"));
        settings.putConnection(project, NamedConnection.of("admin",
                DatabaseUrl.parse("postgres://db.example.com/shop?user=admin&password=" + PASSWORD), "#6a1b9a"));

        store().save(settings);

        assertThat(settingsFile()).content().doesNotContain(PASSWORD).doesNotContain("password");
        assertThat(store().load().connections(project)).extracting(NamedConnection::url).containsExactly(
                "postgres://app@db.example.com:5432/shop?sslmode=require",
                "postgres://db.example.com/shop?user=admin");
    }

    @Test
    void aConnectionCannotBeMadeWithAPasswordInItsUrl() {
        assertThatThrownBy(() -> new NamedConnection("staging", "postgres://app:" + PASSWORD + "@db/shop", "#c62828"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("holds a password")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aPasswordTypedIntoTheFileByHandIsDroppedOnLoad() throws Exception {
        Path project = Files.createDirectories(dataFolder.resolve("shop"));
        Files.writeString(settingsFile(), """
                {"connections": {"%s": [{"name": "prod", "url": "postgres://app:%s@db/shop", "colour": "#000000"}]}}
                """.formatted(project.toString().replace("\\", "\\\\"), PASSWORD));

        assertThat(store().load().connections(project)).extracting(NamedConnection::url)
                .containsExactly("postgres://app@db/shop");
    }

    @Test
    void theThemeOverrideIsShownButNotSaved() throws Exception {
        Settings saved = new Settings();
        saved.setTheme(Theme.LIGHT);
        store().save(saved);
        SettingsStore overridden = new SettingsStore(settingsFile(), Theme.parse("Dark"));

        Settings settings = overridden.load();
        overridden.save(settings);

        assertThat(settings.theme()).isEqualTo(Theme.DARK);
        assertThat(store().load().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void choosingAThemeReplacesTheOverride() {
        Settings settings = new SettingsStore(settingsFile(), Optional.of(Theme.DARK)).load();

        settings.setTheme(Theme.LIGHT);

        assertThat(settings.theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void anUnknownThemeNameIsIgnored() {
        assertThat(Theme.parse("drak")).isEmpty();
        assertThat(Theme.parse(null)).isEmpty();
        assertThat(Theme.parse(" light ")).contains(Theme.LIGHT);
    }
}
