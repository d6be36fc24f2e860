package dev.driftless;

import dev.driftless.cli.CliContext;
import dev.driftless.cli.DriftlessCli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Entry point of driftless.jar. With arguments it is the command line (no display needed).
 * It does not extend javafx.application.Application, so a plain fat jar can start it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        CliContext context = new CliContext(Path.of("").toAbsolutePath(), System.getenv(),
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        String[] effective = args.length == 0 ? new String[] {"--help"} : args;
        System.exit(DriftlessCli.run(context, effective));
    }
}
