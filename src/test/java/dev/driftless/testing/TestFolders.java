package dev.driftless.testing;

import java.nio.file.Path;

/** Folders tests write to instead of the user's data folder. */
public final class TestFolders {
    private TestFolders() {
    }

    /** The journal of applied texts for window tests (under target/, as surefire's driftless.home). */
    public static Path journal() {
        return Path.of("target", "test-home", "journal");
    }
}
