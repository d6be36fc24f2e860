package dev.driftless.ui.settings;

import dev.driftless.db.DataFolder;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the window keeps its per-user files. The rule itself lives in {@link DataFolder} so the
 * command line, which must not depend on the window, finds the same folder.
 */
public final class AppDirectories {

    /** System property naming the data folder outright (e.g. {@code -Ddriftless.home=/tmp/driftless-shot}). */
    public static final String HOME_PROPERTY = DataFolder.HOME_PROPERTY;

    private final DataFolder folder;

    /**
     * @param environment variables such as {@code XDG_DATA_HOME} and {@code APPDATA}
     * @param properties  system properties: {@value #HOME_PROPERTY}, {@code os.name}, {@code user.home}
     */
    public AppDirectories(Map<String, String> environment, Properties properties) {
        this.folder = new DataFolder(environment, properties);
    }

    /** The folders of the user running this process. */
    public static AppDirectories forThisProcess() {
        return new AppDirectories(System.getenv(), System.getProperties());
    }

    /** The per-user data folder (absolute). It is not created here; writers create it when they first need it. */
    public Path dataFolder() {
        return folder.path();
    }

    /** Where the text of every migration the window applies is kept. */
    public Path journal() {
        return folder.journal();
    }
}
