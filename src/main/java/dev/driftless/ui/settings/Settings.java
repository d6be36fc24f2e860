package dev.driftless.ui.settings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What the window remembers between runs: recent projects, window placement, split positions,
 * the theme, and each project's named connections. Read and written by {@link SettingsStore};
 * a new instance holds the defaults. Not thread-safe: the window uses it on the FX thread.
 * <p>
 * No password is ever kept here: see {@link NamedConnection}.
 */
public final class Settings {

    /** How many recent projects are remembered. */
    public static final int MAX_RECENT_PROJECTS = 10;

    private final List<Path> recentProjects = new ArrayList<>();
    private WindowBounds window;
    private final Map<String, Double> splitPositions = new LinkedHashMap<>();
    private Theme theme = Theme.LIGHT;
    private Theme themeOverride;
    private final Map<Path, List<NamedConnection>> connections = new LinkedHashMap<>();

    /** Recent project folders, the most recent first. */
    public List<Path> recentProjects() {
        return List.copyOf(recentProjects);
    }

    /** Puts {@code projectFolder} first in the recent list (moving it if it was there), keeping at most {@value #MAX_RECENT_PROJECTS}. */
    public void addRecentProject(Path projectFolder) {
        Path folder = normalized(projectFolder);
        recentProjects.remove(folder);
        recentProjects.add(0, folder);
        while (recentProjects.size() > MAX_RECENT_PROJECTS) {
            recentProjects.remove(recentProjects.size() - 1);
        }
    }

    public void removeRecentProject(Path projectFolder) {
        recentProjects.remove(normalized(projectFolder));
    }

    /** Where the window was last time; empty on the first run (let the window pick a size). */
    public Optional<WindowBounds> window() {
        return Optional.ofNullable(window);
    }

    public void setWindow(WindowBounds bounds) {
        this.window = Objects.requireNonNull(bounds, "bounds");
    }

    /** A split pane's divider position (0 to 1) saved under {@code name}, such as "tree" or "editor". */
    public OptionalDouble splitPosition(String name) {
        Double position = splitPositions.get(name);
        return position == null ? OptionalDouble.empty() : OptionalDouble.of(position);
    }

    /** @throws IllegalArgumentException if {@code position} is not between 0 and 1 */
    public void setSplitPosition(String name, double position) {
        Objects.requireNonNull(name, "name");
        if (!(position >= 0 && position <= 1)) {
            throw new IllegalArgumentException("split position " + name + " must be between 0 and 1, not " + position);
        }
        splitPositions.put(name, position);
    }

    /** Every saved split position by name. */
    public Map<String, Double> splitPositions() {
        return Map.copyOf(splitPositions);
    }

    /** The theme to show: the {@value Theme#OVERRIDE_PROPERTY} override if one is set, else the saved choice. */
    public Theme theme() {
        return themeOverride != null ? themeOverride : theme;
    }

    /** The user's own choice, which is what gets saved (an override never is). */
    public Theme savedTheme() {
        return theme;
    }

    /** The user picked a theme: it is saved, and it replaces any override for the rest of this run. */
    public void setTheme(Theme theme) {
        this.theme = Objects.requireNonNull(theme, "theme");
        this.themeOverride = null;
    }

    /** Shows {@code override} for this run only; {@link SettingsStore} sets it from {@value Theme#OVERRIDE_PROPERTY}. */
    void overrideTheme(Theme override) {
        this.themeOverride = override;
    }

    /** The named connections of one project, in the order they were added. */
    public List<NamedConnection> connections(Path projectFolder) {
        return List.copyOf(connections.getOrDefault(normalized(projectFolder), List.of()));
    }

    /** Adds a connection to a project, replacing the one with the same name. */
    public void putConnection(Path projectFolder, NamedConnection connection) {
        Objects.requireNonNull(connection, "connection");
        List<NamedConnection> list = connections.computeIfAbsent(normalized(projectFolder), folder -> new ArrayList<>());
        int existing = indexOf(list, connection.name());
        if (existing >= 0) {
            list.set(existing, connection);
        } else {
            list.add(connection);
        }
    }

    public void removeConnection(Path projectFolder, String name) {
        Path folder = normalized(projectFolder);
        List<NamedConnection> list = connections.get(folder);
        if (list != null) {
            list.removeIf(connection -> connection.name().equals(name));
            if (list.isEmpty()) {
                connections.remove(folder);
            }
        }
    }

    /** The projects that have named connections. */
    public List<Path> projectsWithConnections() {
        return List.copyOf(connections.keySet());
    }

    private static int indexOf(List<NamedConnection> list, String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** One spelling per folder, so "a/../b" and "b" are the same recent project. */
    private static Path normalized(Path folder) {
        return folder.toAbsolutePath().normalize();
    }
}
