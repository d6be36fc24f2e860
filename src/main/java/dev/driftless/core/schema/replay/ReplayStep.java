package dev.driftless.core.schema.replay;

import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.MigrationSourceReader;

import java.util.Objects;

/**
 * One applied migration as it is replayed into a shadow: its ledger row's version, description and
 * checksum, the text to run and where that text came from.
 *
 * @param sql          the text to run; whether it runs in a transaction is read from it, as for a file
 * @param source       where the text came from: {@code file} (the current file, whose checksum is the
 *                     ledger's), {@code journal}, {@code git:<commit>}, {@code reconstructed} (each the
 *                     applied text, found for a drifted or missing file), or {@code current file} (a
 *                     drifted file whose applied text is known nowhere: the file as it is now)
 * @param sourceDetail a sentence for people: the journal file, the commit and path, or why the current file
 */
public record ReplayStep(MigrationRef migration, Checksum checksum, String sql, String source, String sourceDetail) {
    /** {@link #source()} of a file whose checksum is the ledger's. */
    public static final String FILE = "file";
    /** {@link #source()} of a drifted file replayed as it is now, its applied text being unknown. */
    public static final String CURRENT_FILE = "current file";

    public ReplayStep {
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(source, "source");
    }

    /** {@code -- no-transaction} as its first bytes. */
    public boolean noTransaction() {
        return MigrationSourceReader.isNoTransaction(sql);
    }

    /** The text is exactly what the ledger says was applied (anything but {@link #CURRENT_FILE}). */
    public boolean isAppliedText() {
        return !source.equals(CURRENT_FILE);
    }
}
