package dev.driftless.cli;

import picocli.CommandLine.Option;

/** `--format text|json`, for the commands whose results can also be read by programs. */
final class FormatOption {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, or json (one object on standard output).")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
