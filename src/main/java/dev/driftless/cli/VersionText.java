package dev.driftless.cli;

import dev.driftless.build.BuildInfo;
import dev.driftless.userdata.DataFolder;
import picocli.CommandLine.IVersionProvider;

/** {@code driftless --version}: the version from the pom, the Java runtime, and where the data folder is. */
final class VersionText implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"driftless " + BuildInfo.version(), BuildInfo.javaRuntime(),
                "data folder: " + DataFolder.forThisProcess().path()};
    }
}
