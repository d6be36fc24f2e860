package dev.driftless.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a command to completion the way a user would start it, and times it wall clock. Output
 * goes to a log file (not the console) so a failure can be shown without flooding a success.
 */
final class Subprocess {
    private Subprocess() {
    }

    /** Runs the command; returns the elapsed nanoseconds, or fails with the log's tail on a non-zero exit. */
    static long timed(List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        return timed(command, environment, log, 0);
    }

    /** As {@link #timed(List, Map, Path)} for a command whose expected exit code is {@code expectedExit}. */
    static long timed(List<String> command, Map<String, String> environment, Path log, int expectedExit)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        int exit = builder.start().waitFor();
        long elapsed = System.nanoTime() - start;
        if (exit != expectedExit) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ":\n" + tail(log));
        }
        return elapsed;
    }

    /** Runs a command that is expected to succeed, for set-up steps whose time does not matter. */
    static void run(List<String> command, Path log) throws IOException, InterruptedException {
        timed(command, Map.of(), log);
    }

    /** Whether an executable of this name is on PATH. */
    static boolean onPath(String executable) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, executable))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code java [flags] -jar JAR [arguments]} with the JVM running the benchmark, so Driftless
     * starts with the same Java a user of this build has.
     */
    static List<String> javaJar(List<String> jvmFlags, Path jar, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(arguments);
        return command;
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
