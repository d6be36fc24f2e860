package dev.driftless.core.source;

import java.nio.file.Path;

/** Something wrong with the migrations folder, naming the file and saying how to fix it. */
public record SourceProblem(Path file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}
