package dev.driftless.core.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/**
 * Replaces a file's bytes atomically: a temp file beside it is written and moved over it, so
 * readers see the old file or the new one, never half of it. The file keeps its permissions.
 * Blocks: call it off the UI thread.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** Writes exactly {@code bytes} to {@code path}, creating it if absent. */
    public static void write(Path path, byte[] bytes) throws IOException {
        Path folder = path.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + path.getFileName() + ".", ".tmp");
        try {
            Files.write(temp, bytes);
            keepPermissions(path, temp);
            Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp); // only still there when writing or moving failed
        }
    }

    /** A temp file is created owner-only; the replaced file should keep the mode it had (e.g. 644). */
    private static void keepPermissions(Path path, Path temp) throws IOException {
        if (Files.exists(path) && Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(path));
        }
    }
}
