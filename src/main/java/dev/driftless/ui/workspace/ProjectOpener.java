package dev.driftless.ui.workspace;

import dev.driftless.db.ConfigException;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.DatabaseUrlResolver;
import dev.driftless.project.Project;
import dev.driftless.project.ProjectConfig;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Opens a project folder the way the command line does: sqlx.toml, then the database from
 * DATABASE_URL or .env. Blocking (reads files): call it off the FX thread.
 */
public final class ProjectOpener {
    private final Map<String, String> environment;

    public ProjectOpener(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** A project with its database (null when none is configured) and why there is none. */
    public record Opened(Project project, DatabaseUrl database, String databaseProblem) {
    }

    /** Whether a folder looks like an sqlx project: it has sqlx.toml or a migrations folder. */
    public static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve(ProjectConfig.FILE_NAME))
                || Files.isDirectory(folder.resolve(ProjectConfig.DEFAULT_MIGRATIONS_DIR));
    }

    public Opened open(Path folder) {
        Project project = Project.open(folder, null);
        try {
            String raw = new DatabaseUrlResolver(environment, folder).resolve(null, project.config().databaseUrlVar(), false);
            return new Opened(project, DatabaseUrl.parse(raw, folder), null);
        } catch (ConfigException | IllegalArgumentException e) {
            return new Opened(project, null, e.getMessage());
        }
    }
}
