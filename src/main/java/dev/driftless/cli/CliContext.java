package dev.driftless.cli;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.PasswordMasking;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a command runs in: its working folder, environment and streams. Injected rather than
 * read from the JVM so tests can run commands in-process, in a temporary folder. What commands
 * print is escaped for the terminal ({@link TerminalWriter}); messages are scrubbed of passwords
 * ({@link #scrub}).
 */
public final class CliContext {
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final PrintWriter helpOut;
    private final PrintWriter helpErr;
    private final TerminalWriter out;
    private final TerminalWriter err;
    private final BufferedReader in;
    private final List<DatabaseUrl> openedUrls = new ArrayList<>();
    private final List<String> argumentUrls = new ArrayList<>();

    public CliContext(Path workingDirectory, Map<String, String> environment, PrintWriter out, PrintWriter err,
                      BufferedReader in) {
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
        this.helpOut = out;
        this.helpErr = err;
        this.out = new TerminalWriter(out);
        this.err = new TerminalWriter(err);
        this.in = in;
    }

    public Path workingDirectory() {
        return workingDirectory;
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** Results only: with --format json, nothing but the JSON goes here. */
    TerminalWriter out() {
        return out;
    }

    /** Errors, warnings and progress notes. */
    TerminalWriter err() {
        return err;
    }

    /**
     * The streams unescaped, for picocli's help and version texts only: they are the program's
     * own, and picocli may colour them.
     */
    PrintWriter helpOut() {
        return helpOut;
    }

    PrintWriter helpErr() {
        return helpErr;
    }

    public BufferedReader in() {
        return in;
    }

    /** Remembers a URL so any later message can be scrubbed of its password. */
    void usingUrl(DatabaseUrl url) {
        openedUrls.add(url);
    }

    /**
     * Remembers the arguments holding a URL, whole and as the value after an {@code =}
     * ({@code --databse-url=postgres://...}), so a usage error that quotes one back is scrubbed
     * even of a password holding a space.
     */
    void usingArguments(String... arguments) {
        for (String argument : arguments) {
            int url = argument.indexOf("://");
            if (url < 0) {
                continue;
            }
            argumentUrls.add(argument);
            for (int equals = argument.indexOf('='); equals >= 0 && equals < url;
                 equals = argument.indexOf('=', equals + 1)) {
                argumentUrls.add(argument.substring(equals + 1));
            }
        }
    }

    /**
     * The message with every password replaced by ****: those of the URLs in use (in any form the
     * driver may quote them), of URLs among the arguments, and of anything else in it that looks
     * like a URL.
     */
    String scrub(String message) {
        if (message == null) {
            return null;
        }
        String scrubbed = message;
        // Whole arguments come first in the list, so a value is replaced as part of its option if quoted so.
        for (String url : argumentUrls) {
            scrubbed = scrubbed.replace(url, PasswordMasking.maskUrl(url));
        }
        for (DatabaseUrl url : openedUrls) {
            scrubbed = url.scrub(scrubbed);
        }
        return PasswordMasking.maskUrlsIn(scrubbed);
    }
}
