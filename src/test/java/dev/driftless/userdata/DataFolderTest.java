package dev.driftless.userdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class DataFolderTest {
    @TempDir
    Path home;

    @Test
    void linuxUsesXdgDataHome() {
        Path dataHome = home.resolve("data");
        assertThat(folder("Linux", Map.of("XDG_DATA_HOME", dataHome.toString())))
                .isEqualTo(dataHome.resolve("driftless"));
    }

    @Test
    void linuxFallsBackToLocalShareWhenXdgDataHomeIsUnsetOrRelative() {
        Path expected = home.resolve(".local/share/driftless");
        assertThat(folder("Linux", Map.of())).isEqualTo(expected);
        assertThat(folder("Linux", Map.of("XDG_DATA_HOME", "relative/data"))).isEqualTo(expected);
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(folder("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored")))
                .isEqualTo(home.resolve("Library/Application Support/Driftless"));
    }

    @Test
    void windowsUsesAppDataOrTheRoamingFolder() {
        Path appData = home.resolve("Roaming elsewhere");
        assertThat(folder("Windows 11", Map.of("APPDATA", appData.toString())))
                .isEqualTo(appData.resolve("Driftless"));
        assertThat(folder("Windows 11", Map.of())).isEqualTo(home.resolve("AppData/Roaming/Driftless"));
    }

    @Test
    void theHomePropertyWinsEverywhere(@TempDir Path override) {
        Properties properties = properties("Linux");
        properties.setProperty(DataFolder.HOME_PROPERTY, override.toString());
        DataFolder directories = new DataFolder(Map.of("XDG_DATA_HOME", "/elsewhere"), properties);
        assertThat(directories.path()).isEqualTo(override);
    }

    private Path folder(String osName, Map<String, String> environment) {
        return new DataFolder(environment, properties(osName)).path();
    }

    private Properties properties(String osName) {
        Properties properties = new Properties();
        properties.setProperty("os.name", osName);
        properties.setProperty("user.home", home.toString());
        return properties;
    }
}
