package dev.driftless.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about this build and the runtime it runs on, for {@code driftless --version} and Help > About:
 * the version comes from the pom (a resource filtered by Maven), so there is one place to change it.
 */
public final class BuildInfo {
    private static final String RESOURCE = "build.properties";

    private BuildInfo() {
    }

    /** The version from the pom, e.g. {@code 0.1.0-SNAPSHOT}; the resource is read once, on first use. */
    public static String version() {
        return Version.VALUE;
    }

    /** Holds the version, read when first asked for (the holder class is initialised then, once). */
    private static final class Version {
        static final String VALUE = read();
    }

    private static String read() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build: run it with Maven");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** The Java runtime, e.g. {@code Java 17.0.15 (Debian, /usr/lib/jvm/java-17-openjdk-amd64)}. */
    public static String javaRuntime() {
        return "Java " + System.getProperty("java.runtime.version", System.getProperty("java.version")) + " ("
                + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")";
    }
}
