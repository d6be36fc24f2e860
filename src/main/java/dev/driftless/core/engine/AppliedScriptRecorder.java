package dev.driftless.core.engine;

import dev.driftless.core.source.Migration;

import java.io.IOException;

/**
 * Keeps the exact text of each migration the engine applies, so that when its file later
 * drifts the applied text can still be shown (see {@code core.drift.MigrationJournal}).
 */
@FunctionalInterface
public interface AppliedScriptRecorder {
    /** Records nothing: for callers without a place to keep texts. */
    AppliedScriptRecorder NONE = (migration, sql) -> { };

    /** Called with the very text about to be applied for {@code migration}. */
    void applying(Migration migration, String sql) throws IOException;
}
