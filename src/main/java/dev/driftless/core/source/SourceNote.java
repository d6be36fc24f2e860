package dev.driftless.core.source;

import java.nio.file.Path;

/**
 * Something in the migrations folder that is skipped, as sqlx skips it, but that looks like it
 * was meant to be a migration (`1_x.SQL`, a folder named `1_x.sql`): said, not refused.
 */
public record SourceNote(Path file, String message) {
    @Override
    public String toString() {
        return file + ": " + message;
    }
}
