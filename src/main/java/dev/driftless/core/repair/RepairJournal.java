package dev.driftless.core.repair;

import dev.driftless.core.ledger.AppliedMigration;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * A folder of applied ledger repairs, one small properties file each, holding the time, the
 * database, the kind and the whole row before and after: enough to put the row back byte for
 * byte long after the repair. Undoing marks the entry undone, so repeated undos walk back
 * through the repairs of a database, newest first.
 */
public final class RepairJournal {
    private static final String SUFFIX = ".repair.properties";

    private final Path folder;
    private final Clock clock;

    public RepairJournal(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public RepairJournal(Path folder) {
        this(folder, Clock.systemUTC());
    }

    public Path folder() {
        return folder;
    }

    /**
     * One journalled repair.
     *
     * @param database identifies the database (never with its password) so undo finds only its repairs
     * @param after    empty when the repair deleted the row
     */
    public record Entry(Path file, Instant time, String database, RepairKind kind, AppliedMigration before,
                        Optional<AppliedMigration> after) {
    }

    /** Records an applied repair, creating the folder if needed. */
    public Entry record(String database, LedgerRepair repair) throws IOException {
        Instant time = clock.instant();
        Properties properties = new Properties();
        properties.setProperty("time", time.toString());
        properties.setProperty("database", database);
        properties.setProperty("kind", repair.kind().command());
        properties.setProperty("version", Long.toString(repair.version()));
        JournalFiles.putRow(properties, "before.", repair.before());
        repair.after().ifPresent(after -> JournalFiles.putRow(properties, "after.", after));
        Path file = JournalFiles.newEntry(folder, time, repair.kind().command() + "-" + repair.version(), SUFFIX);
        JournalFiles.store(file, properties, "Driftless ledger repair");
        return new Entry(file, time, database, repair.kind(), repair.before(), repair.after());
    }

    /** The newest repair of this database that has not been undone yet. */
    public Optional<Entry> lastUndoable(String database) throws IOException {
        return JournalFiles.newestNotUndone(folder, SUFFIX, "database", database, RepairJournal::entry,
                Entry::time, Entry::file);
    }

    /** Marks an entry undone, so that the next undo goes one repair further back. */
    public void markUndone(Entry entry) throws IOException {
        JournalFiles.markUndone(entry.file(), clock.instant(), "Driftless ledger repair (undone)");
    }

    private static Entry entry(Path file, Properties properties) throws IOException {
        try {
            return new Entry(file, Instant.parse(properties.getProperty("time")), properties.getProperty("database"),
                    RepairKind.fromCommand(properties.getProperty("kind")), JournalFiles.row(properties, "before.")
                    .orElseThrow(() -> new IllegalArgumentException("no before.version")), JournalFiles.row(properties, "after."));
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a readable repair journal entry: " + e.getMessage(), e);
        }
    }
}
