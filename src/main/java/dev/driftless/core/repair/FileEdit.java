package dev.driftless.core.repair;

import dev.driftless.core.drift.UnifiedDiff;
import dev.driftless.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A planned change of one file in the project (not the database): its exact bytes before (absent
 * when the file does not exist yet) and after, with the diff to show before it is confirmed.
 * {@link #apply()} and {@link #undo()} write atomically and refuse when the file changed on disk
 * since the plan, so neither overwrites an edit made meanwhile. Blocking: call them off the UI thread.
 */
public final class FileEdit {
    private final Path file;
    private final byte[] before;
    private final byte[] after;
    private final String description;

    /**
     * @param before      the file's bytes now, or null when it does not exist (the edit creates it)
     * @param description a sentence for people, e.g. "restore 0001_users.sql to the applied text"
     */
    public FileEdit(Path file, byte[] before, byte[] after, String description) {
        this.file = Objects.requireNonNull(file, "file");
        this.before = before == null ? null : before.clone();
        this.after = after.clone();
        this.description = Objects.requireNonNull(description, "description");
    }

    /** Writes the new bytes (creating missing folders); refuses if the file is no longer as planned. */
    public void apply() throws IOException {
        requireOnDisk(before, "planned");
        if (before == null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        AtomicFiles.write(file, after);
    }

    /** Puts the content from before {@link #apply()} back (deletes the file if it did not exist); refuses if it changed since. */
    public void undo() throws IOException {
        requireOnDisk(after, "written");
        if (before == null) {
            Files.delete(file);
            removeIfEmpty(file.toAbsolutePath().getParent());
        } else {
            AtomicFiles.write(file, before);
        }
    }

    /** A created migration folder (`V_name/up.sql`) would otherwise stay behind empty, and be read as a problem. */
    private static void removeIfEmpty(Path folder) throws IOException {
        try {
            Files.deleteIfExists(folder);
        } catch (DirectoryNotEmptyException inUse) {
            // other files live there: it stays
        }
    }

    private void requireOnDisk(byte[] expected, String when) throws IOException {
        byte[] actual = Files.exists(file) ? Files.readAllBytes(file) : null;
        if (!Arrays.equals(expected, actual)) {
            throw new IOException(file + " changed on disk since it was " + when + "; nothing was written");
        }
    }

    public Path file() {
        return file;
    }

    /** The content before, or empty when the file did not exist. */
    public Optional<byte[]> before() {
        return Optional.ofNullable(before).map(byte[]::clone);
    }

    public byte[] after() {
        return after.clone();
    }

    public String description() {
        return description;
    }

    /** The unified diff lines from the content before to the content after ({@code /dev/null} for an absent file). */
    public List<String> diff() {
        return diff(before, after);
    }

    /** The unified diff lines {@link #undo()} would make: from the content after back to the content before. */
    public List<String> undoDiff() {
        return diff(after, before);
    }

    private List<String> diff(byte[] from, byte[] to) {
        String name = file.getFileName().toString();
        return UnifiedDiff.between(from == null ? "/dev/null" : "a/" + name, text(from),
                to == null ? "/dev/null" : "b/" + name, text(to)).lines().toList();
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }
}
