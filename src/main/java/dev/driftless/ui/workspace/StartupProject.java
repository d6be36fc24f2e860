package dev.driftless.ui.workspace;

import dev.driftless.project.Project;
import dev.driftless.ui.demo.DemoProject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Which project the window opens first: the folder it was started in when that is a project,
 * else the most recent one, else the bundled demo (prepared in the user's data folder).
 * Blocking: call it off the FX thread.
 */
public final class StartupProject {
    private StartupProject() {
    }

    public static ProjectOpener.Opened choose(Path launchFolder, List<Path> recentProjects, Path dataFolder,
                                              ProjectOpener opener) throws IOException {
        if (ProjectOpener.isProject(launchFolder)) {
            return opener.open(launchFolder);
        }
        for (Path recent : recentProjects) {
            if (ProjectOpener.isProject(recent)) {
                return opener.open(recent);
            }
        }
        DemoProject demo = DemoProject.prepare(dataFolder);
        return new ProjectOpener.Opened(Project.open(demo.folder(), null), demo.databaseUrl(), null);
    }
}
