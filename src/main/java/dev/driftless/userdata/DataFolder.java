package dev.driftless.userdata;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Where Driftless keeps its per-user files (settings, the demo project, the journals of applied
 * migrations and of ledger repairs), following each platform's convention:
 * <ul>
 *   <li>Linux and other Unixes: {@code $XDG_DATA_HOME/driftless}, else {@code ~/.local/share/driftless}</li>
 *   <li>macOS: {@code ~/Library/Application Support/Driftless}</li>
 *   <li>Windows: {@code %APPDATA%\Driftless}, else {@code ~\AppData\Roaming\Driftless}</li>
 * </ul>
 * The system property {@value #HOME_PROPERTY} replaces all of these, so tests and README
 * screenshots run against a throw-away folder instead of the developer's real settings.
 * <p>
 * The environment and the system properties are passed in rather than read globally, so every
 * platform's rule can be tested on any machine.
 */
public final class DataFolder {

    /** System property naming the data folder outright (e.g. {@code -Ddriftless.home=/tmp/driftless-shot}). */
    public static final String HOME_PROPERTY = "driftless.home";

    private final UnaryOperator<String> environment;
    private final UnaryOperator<String> properties;

    /**
     * @param environment variables such as {@code XDG_DATA_HOME} and {@code APPDATA}
     * @param properties  system properties: {@value #HOME_PROPERTY}, {@code os.name}, {@code user.home}
     */
    public DataFolder(Map<String, String> environment, Properties properties) {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(properties, "properties");
        this.environment = environment::get;
        this.properties = properties::getProperty;
    }

    /** The folders of the user running this process. */
    public static DataFolder forThisProcess() {
        return new DataFolder(System.getenv(), System.getProperties());
    }

    /** The per-user data folder (absolute). It is not created here; writers create it when they first need it. */
    public Path path() {
        String override = nonBlank(properties.apply(HOME_PROPERTY));
        if (override != null) {
            return Path.of(override).toAbsolutePath().normalize();
        }
        Path home = Path.of(Objects.requireNonNullElse(properties.apply("user.home"), ""));
        String os = Objects.requireNonNullElse(properties.apply("os.name"), "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = nonBlank(environment.apply("APPDATA"));
            Path roaming = appData != null ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return roaming.resolve("Driftless").toAbsolutePath();
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Driftless").toAbsolutePath();
        }
        String xdgDataHome = nonBlank(environment.apply("XDG_DATA_HOME"));
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path dataHome = xdgDataHome != null && Path.of(xdgDataHome).isAbsolute()
                ? Path.of(xdgDataHome)
                : home.resolve(".local").resolve("share");
        return dataHome.resolve("driftless").toAbsolutePath();
    }

    /** Where the text of every applied migration is kept, per database (see core.drift.MigrationJournal). */
    public Path journal() {
        return journalIn(path());
    }

    /** The journal folder inside a given data folder (for code that is handed the folder itself). */
    public static Path journalIn(Path dataFolder) {
        return dataFolder.resolve("journal");
    }

    /** Where ledger repairs are recorded so they can be undone (see core.repair.RepairJournal). */
    public Path repairs() {
        return repairsIn(path());
    }

    /** The repair journal folder inside a given data folder. */
    public static Path repairsIn(Path dataFolder) {
        return dataFolder.resolve("repairs");
    }

    /** Where file repairs are recorded with the bytes they replaced, to be undone (core.repair.FileRepairJournal). */
    public static Path fileRepairsIn(Path dataFolder) {
        return repairsIn(dataFolder).resolve("files");
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
