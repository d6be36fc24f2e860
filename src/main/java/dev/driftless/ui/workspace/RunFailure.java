package dev.driftless.ui.workspace;

import dev.driftless.core.source.Checksum;

import java.util.OptionalInt;

/**
 * The last run of a migration from the window failed: the database's message and, where it gave a position,
 * the line of the file. Shown in the tree and the editor until the migration runs or its file changes, so a
 * migration that failed never looks merely pending once the Run dialog is closed.
 *
 * @param checksum the file's checksum when it failed: a changed file no longer carries the mark
 */
public record RunFailure(long version, Checksum checksum, String message, OptionalInt line) {

    /** e.g. {@code last run failed: relation "orderz" does not exist, line 4}. */
    public String describe() {
        return "last run failed: " + message + (line.isPresent() ? ", line " + line.getAsInt() : "");
    }
}
