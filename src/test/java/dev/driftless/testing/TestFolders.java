package dev.driftless.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folders tests write to instead of the user's data folder. */
public final class TestFolders {
    private TestFolders() {
    }

    /** The journal of applied texts for window tests (under target/, as surefire's driftless.home). */
    public static Path journal() {
        return Path.of("target", "test-home", "journal");
    }

    /** Writes a migration file (UTF-8) into the project's migrations folder, creating the folder. */
    public static Path migration(Path project, String name, String content) throws IOException {
        Path file = project.resolve("migrations").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
