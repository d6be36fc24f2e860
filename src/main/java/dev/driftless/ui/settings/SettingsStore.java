package dev.driftless.ui.settings;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.userdata.DataFolder;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads and writes {@link Settings} as {@value #FILE_NAME} in the data folder.
 * <ul>
 *   <li>A missing file gives the defaults.</li>
 *   <li>A file that is not valid settings JSON gives the defaults too, and is kept aside as
 *       {@code settings.json.bad} (replacing an older one) rather than deleted, so nothing the
 *       user had is lost without a trace.</li>
 *   <li>Writes go to a temporary file that is then moved over the old one, so a crash mid-write
 *       never leaves half a file.</li>
 *   <li>Recent projects whose folder is gone are dropped on load; a saved connection whose URL
 *       holds a password (e.g. typed into the file by hand) loses the password.</li>
 * </ul>
 */
public final class SettingsStore {

    /** The settings file's name in the data folder. */
    public static final String FILE_NAME = "settings.json";
    /** Appended to the name of a corrupt settings file that was set aside. */
    public static final String CORRUPT_SUFFIX = ".bad";

    private static final int FORMAT_VERSION = 1;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A newer Driftless may add keys; this one keeps working with what it knows.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;
    private final Theme themeOverride;

    /**
     * @param file          the settings file
     * @param themeOverride a theme to show instead of the saved one, for this run only
     */
    public SettingsStore(Path file, Optional<Theme> themeOverride) {
        this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
        this.themeOverride = themeOverride.orElse(null);
    }

    /** The store of the user running this process, honouring {@value DataFolder#HOME_PROPERTY} and {@value Theme#OVERRIDE_PROPERTY}. */
    public static SettingsStore forThisProcess() {
        return new SettingsStore(DataFolder.forThisProcess().path().resolve(FILE_NAME),
                Theme.parse(System.getProperty(Theme.OVERRIDE_PROPERTY)));
    }

    public Path file() {
        return file;
    }

    /** The saved settings, or the defaults when there are none or they cannot be read. Never throws. */
    public Settings load() {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            // Missing (the first run), or unreadable (permissions, a folder in its place), which
            // is left alone for the user to look at.
            return withOverride(new Settings());
        }
        SettingsFile saved;
        try {
            saved = JSON.readValue(content, SettingsFile.class);
        } catch (IOException e) {
            saved = null;
        }
        if (saved == null) {
            setAside();
            return withOverride(new Settings());
        }
        return withOverride(saved.toSettings());
    }

    /**
     * Writes {@code settings}, replacing the file in one move.
     *
     * @throws IOException if the data folder or the file cannot be written (the old file is then unchanged)
     */
    public void save(Settings settings) throws IOException {
        byte[] content = JSON.writeValueAsBytes(SettingsFile.of(settings));
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, FILE_NAME, ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Settings withOverride(Settings settings) {
        if (themeOverride != null) {
            settings.overrideTheme(themeOverride);
        }
        return settings;
    }

    private void setAside() {
        try {
            Files.move(file, file.resolveSibling(file.getFileName() + CORRUPT_SUFFIX), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // Best effort: the defaults are used either way, and the next save replaces the file.
        }
    }

    /** The file's JSON shape, kept apart from {@link Settings} so the format changes only on purpose. */
    record SettingsFile(int version, List<String> recentProjects, WindowBounds window,
                        Map<String, Double> splitPositions, Theme theme,
                        Map<String, List<ConnectionEntry>> connections) {

        static SettingsFile of(Settings settings) {
            Map<String, List<ConnectionEntry>> connections = new LinkedHashMap<>();
            for (Path project : settings.projectsWithConnections()) {
                connections.put(project.toString(), settings.connections(project).stream()
                        .map(connection -> new ConnectionEntry(connection.name(), connection.url(), connection.colour()))
                        .toList());
            }
            return new SettingsFile(FORMAT_VERSION,
                    settings.recentProjects().stream().map(Path::toString).toList(),
                    settings.window().orElse(null), settings.splitPositions(), settings.savedTheme(), connections);
        }

        Settings toSettings() {
            Settings settings = new Settings();
            // Added oldest first, so the most recent ends up first again.
            List<String> folders = orEmpty(recentProjects);
            for (int i = folders.size() - 1; i >= 0; i--) {
                String folder = folders.get(i);
                if (folder != null && Files.isDirectory(Path.of(folder))) {
                    settings.addRecentProject(Path.of(folder));
                }
            }
            if (window != null) {
                settings.setWindow(window);
            }
            orEmpty(splitPositions).forEach((name, position) -> {
                if (position != null && position >= 0 && position <= 1) {
                    settings.setSplitPosition(name, position);
                }
            });
            if (theme != null) {
                settings.setTheme(theme);
            }
            orEmpty(connections).forEach((project, entries) ->
                    orEmpty(entries).forEach(entry -> entry.toConnection()
                            .ifPresent(connection -> settings.putConnection(Path.of(project), connection))));
            return settings;
        }
    }

    /** One saved connection as written in the file. */
    record ConnectionEntry(String name, String url, String colour) {

        /** The connection, with any password removed; empty if the entry is unusable. */
        Optional<NamedConnection> toConnection() {
            if (name == null || url == null || colour == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(NamedConnection.of(name, DatabaseUrl.parse(url), colour));
            } catch (IllegalArgumentException e) {
                // One bad entry (hand-edited, or from a newer version) should not cost all the others.
                return Optional.empty();
            }
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> orEmpty(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
