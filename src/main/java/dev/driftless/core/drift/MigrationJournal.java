package dev.driftless.core.drift;

import dev.driftless.core.engine.AppliedScriptRecorder;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Migration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The exact text of every migration Driftless applied to one database, kept in the user's data
 * folder as {@code <root>/<identity hash>/<version>-<checksum hex>.sql}. Keyed by the checksum, a
 * file once written is never replaced: the text behind a ledger row cannot change.
 *
 * <p>The database identity is a plain string (e.g. {@code postgres://host:5432/app}) computed
 * outside core; only its SHA-256 names the folder, so no host or path is spelled out on disk.
 */
public final class MigrationJournal implements AppliedScriptRecorder, AppliedTextSource {
    private final Path folder;

    public MigrationJournal(Path root, String databaseIdentity) {
        this.folder = root.resolve(sha256(databaseIdentity));
    }

    /** The folder holding this database's texts (it may not exist yet). */
    public Path folder() {
        return folder;
    }

    @Override
    public void applying(Migration migration, String sql) throws IOException {
        record(migration.version(), migration.checksum(), sql);
    }

    /** Keeps {@code sql} for this version and checksum unless a text is already kept for them. */
    public void record(long version, Checksum checksum, String sql) throws IOException {
        Path target = fileFor(version, checksum);
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(folder);
        // Written aside then moved, so a reader never sees half a file and a crash leaves no stub.
        Path temporary = Files.createTempFile(folder, ".journal-", ".tmp");
        try {
            Files.writeString(temporary, sql, StandardCharsets.UTF_8);
            moveWithoutReplacing(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<AppliedText> find(StatusRow row) {
        return row.ledgerRow().flatMap(applied -> {
            Path file = fileFor(applied.version(), applied.checksum());
            try {
                return Files.isRegularFile(file)
                        ? Optional.of(AppliedText.journal(Files.readString(file, StandardCharsets.UTF_8), file))
                        : Optional.empty();
            } catch (IOException e) {
                return Optional.empty(); // an unreadable copy is as good as none: the next source is asked
            }
        });
    }

    private Path fileFor(long version, Checksum checksum) {
        return folder.resolve(version + "-" + checksum.hex() + ".sql");
    }

    /** A rename within one folder (atomic on every local file system) that refuses to replace. */
    private static void moveWithoutReplacing(Path from, Path to) throws IOException {
        try {
            Files.move(from, to);
        } catch (FileAlreadyExistsException alreadyKept) {
            // another run kept it first; the first copy stands
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
