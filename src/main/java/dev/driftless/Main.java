package dev.driftless;

import dev.driftless.cli.CliContext;
import dev.driftless.cli.DriftlessCli;
import dev.driftless.ui.DriftlessApp;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Entry point of driftless.jar: no arguments (or `gui [DIR]`) opens the window; anything else is
 * the command line, which needs no display. It does not extend javafx.application.Application,
 * so a plain fat jar can start it.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("gui")) {
            DriftlessApp.launch(Path.of(args.length > 1 ? args[1] : ""));
            return;
        }
        CliContext context = new CliContext(Path.of("").toAbsolutePath(), System.getenv(),
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        System.exit(DriftlessCli.run(context, args));
    }
}
