package dev.driftless.cli;

import dev.driftless.db.DatabaseUrl;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a command runs in: its working folder, environment and streams. Injected rather than
 * read from the JVM so tests can run commands in-process, in a temporary folder.
 */
public final class CliContext {
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final BufferedReader in;
    private final List<DatabaseUrl> openedUrls = new ArrayList<>();

    public CliContext(Path workingDirectory, Map<String, String> environment, PrintWriter out, PrintWriter err,
                      BufferedReader in) {
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
        this.out = out;
        this.err = err;
        this.in = in;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** Results only: with --format json, nothing but the JSON goes here. */
    public PrintWriter out() {
        return out;
    }

    /** Errors, warnings and progress notes. */
    public PrintWriter err() {
        return err;
    }

    public BufferedReader in() {
        return in;
    }

    /** Remembers a URL so any later message can be scrubbed of its password. */
    void usingUrl(DatabaseUrl url) {
        openedUrls.add(url);
    }

    /** The message with every known password replaced by ****. */
    String scrub(String message) {
        String scrubbed = message;
        for (DatabaseUrl url : openedUrls) {
            scrubbed = url.scrub(scrubbed);
        }
        return scrubbed;
    }
}
