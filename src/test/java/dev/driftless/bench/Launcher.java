package dev.driftless.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The {@code packaging/driftless} launcher script, run as a user would run it, pointed at the jar
 * under test, at the JVM running the benchmark and at a cache folder of its own under
 * {@code target/bench/} (emptied once per benchmark session, so its AppCDS archive is created by the
 * first, untimed, warm-up run and reused by the timed ones).
 */
record Launcher(Path script, Path jar, Path cache) {
    static Launcher prepare(Path script, Path jar, Path work) throws IOException {
        Path cache = work.resolve("launcher-cache");
        if (Files.exists(cache)) {
            try (Stream<Path> walk = Files.walk(cache)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(cache);
        return new Launcher(script, jar, cache);
    }

    List<String> command(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(arguments);
        return command;
    }

    /** XDG_CACHE_HOME gets a {@code driftless} folder inside it, hence the parent. */
    Map<String, String> environment() {
        return Map.of("DRIFTLESS_JAR", jar.toString(), "JAVA_HOME", System.getProperty("java.home"),
                "XDG_CACHE_HOME", cache.toString());
    }
}
