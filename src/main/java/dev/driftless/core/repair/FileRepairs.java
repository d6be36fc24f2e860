package dev.driftless.core.repair;

import dev.driftless.core.drift.AppliedText;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.MigrationSourceReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Plans repairs of the project's files rather than the ledger: putting a drifted migration's
 * applied text back, and adding {@code *.sql text eol=lf} to {@code .gitattributes}.
 */
public final class FileRepairs {
    /** The .gitattributes line that makes git check out every SQL file with LF line endings. */
    public static final String GITATTRIBUTES_LINE = "*.sql text eol=lf";

    private FileRepairs() {
    }

    /**
     * Plans writing {@code applied}'s exact text back to {@code row}'s file. Refuses (with an
     * {@link IllegalArgumentException}) unless the text's checksum, under the project's
     * ignored-chars ({@code reader}), is the ledger row's: only then is it the applied text.
     */
    public static FileEdit restoreApplied(StatusRow row, AppliedText applied, MigrationSourceReader reader)
            throws IOException {
        if (row.migration() == null || row.applied() == null) {
            throw new IllegalArgumentException("migration " + row.version()
                    + " needs both a file and a ledger row to restore the applied text");
        }
        Checksum ledger = row.applied().checksum();
        Checksum text = reader.checksumOf(applied.text());
        if (!text.equals(ledger)) {
            throw new IllegalArgumentException("refused to restore migration " + row.version() + ": the text found ("
                    + applied.originDetail() + ") has checksum " + text.shortHex() + ", the ledger has "
                    + ledger.shortHex() + "; nothing was written");
        }
        Path file = row.migration().upFile();
        return new FileEdit(file, Files.readAllBytes(file), applied.text().getBytes(StandardCharsets.UTF_8),
                "restore " + file.getFileName() + " to the applied text (" + applied.sourceLabel() + ")");
    }

    /**
     * Plans appending {@link #GITATTRIBUTES_LINE} to {@code projectDirectory}'s .gitattributes
     * (created if absent); empty when the line is already there.
     */
    public static Optional<FileEdit> addToGitattributes(Path projectDirectory) throws IOException {
        Path file = projectDirectory.resolve(".gitattributes");
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        String text = before == null ? "" : new String(before, StandardCharsets.UTF_8);
        if (text.lines().map(String::strip).anyMatch(GITATTRIBUTES_LINE::equals)) {
            return Optional.empty();
        }
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String after = text + (text.isEmpty() || text.endsWith("\n") ? "" : newline) + GITATTRIBUTES_LINE + newline;
        return Optional.of(new FileEdit(file, before, after.getBytes(StandardCharsets.UTF_8),
                "add \"" + GITATTRIBUTES_LINE + "\" to " + file));
    }
}
