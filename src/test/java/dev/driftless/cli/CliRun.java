package dev.driftless.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/** Runs the command line in-process in a given folder and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun in(Path folder, String... args) {
        return in(folder, Map.of(), "", args);
    }

    /** Runs {@code args} followed by {@code -D url}. */
    static CliRun against(String url, Path folder, String... args) {
        String[] withUrl = Arrays.copyOf(args, args.length + 2);
        withUrl[args.length] = "-D";
        withUrl[args.length + 1] = url;
        return in(folder, withUrl);
    }

    static CliRun in(Path folder, Map<String, String> environment, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(folder, environment, new PrintWriter(out), new PrintWriter(err),
                new BufferedReader(new StringReader(input)));
        int exitCode = DriftlessCli.run(context, args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** Everything printed, for assertions that something never appears anywhere. */
    String all() {
        return out + err;
    }
}
