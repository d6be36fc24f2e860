package dev.driftless.core.repair;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.ledger.Ledger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A folder of applied {@link FileRepair}s, one properties file each, holding the time, the
 * project folder, the description, every file's path with its exact bytes before (or none, for a
 * created file) and after, and, when the repair changed ledger rows, the database and the whole
 * rows before and after. That is enough to undo a repair after the window was closed. Undoing
 * marks the entry undone, so repeated undos walk back through a project's repairs, newest first.
 */
public final class FileRepairJournal {
    private static final String SUFFIX = ".file-repair.properties";
    private static final Base64.Encoder ENCODER = Base64.getEncoder();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private final Path folder;
    private final Clock clock;

    public FileRepairJournal(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    public FileRepairJournal(Path folder) {
        this(folder, Clock.systemUTC());
    }

    public Path folder() {
        return folder;
    }

    /**
     * One journalled file repair.
     *
     * @param database the repaired database's identity (never with its password), when rows changed
     * @param rows     the ledger rows changed with the files, in order; empty for files only
     */
    public record Entry(Path file, Instant time, Path project, String description, List<FileEdit> edits,
                        Optional<String> database, List<Row> rows) {
        public Entry {
            edits = List.copyOf(edits);
            rows = List.copyOf(rows);
        }

        /**
         * The repair rebuilt so that it can be undone.
         *
         * @param ledger the project's ledger on {@link #database()}; unused (may be null) without rows
         */
        public FileRepair repair(Ledger ledger, Duration lockTimeout) {
            List<LedgerRepair> ledgerRows = rows.stream().map(row -> new LedgerRepair(row.kind(), row.before(),
                    row.after().orElse(null), ledger, lockTimeout)).toList();
            return new FileRepair(description, edits, ledgerRows);
        }
    }

    /** One ledger row as it was before and after a file repair (after empty when deleted). */
    public record Row(RepairKind kind, AppliedMigration before, Optional<AppliedMigration> after) {
    }

    /**
     * Records an applied repair, creating the folder if needed.
     *
     * @param database the database's identity when the repair changed ledger rows; null otherwise
     */
    public Entry record(Path project, String database, FileRepair repair) throws IOException {
        if (repair.touchesLedger() && database == null) {
            throw new IllegalArgumentException("a repair of ledger rows is journalled with its database");
        }
        Instant time = clock.instant();
        Properties properties = new Properties();
        properties.setProperty("time", time.toString());
        properties.setProperty("project", normalized(project).toString());
        properties.setProperty("description", repair.description());
        List<FileEdit> edits = repair.edits();
        properties.setProperty("files", Integer.toString(edits.size()));
        for (int i = 0; i < edits.size(); i++) {
            FileEdit edit = edits.get(i);
            String prefix = "file." + i + ".";
            properties.setProperty(prefix + "path", normalized(edit.file()).toString());
            properties.setProperty(prefix + "description", edit.description());
            edit.before().ifPresent(bytes -> properties.setProperty(prefix + "before", ENCODER.encodeToString(bytes)));
            properties.setProperty(prefix + "after", ENCODER.encodeToString(edit.after()));
        }
        List<Row> rows = repair.ledgerRows().stream()
                .map(row -> new Row(row.kind(), row.before(), row.after())).toList();
        if (database != null && !rows.isEmpty()) {
            properties.setProperty("database", database);
        }
        properties.setProperty("rows", Integer.toString(rows.size()));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            properties.setProperty("row." + i + ".kind", row.kind().command());
            JournalFiles.putRow(properties, "row." + i + ".before.", row.before());
            int index = i;
            row.after().ifPresent(after -> JournalFiles.putRow(properties, "row." + index + ".after.", after));
        }
        Path file = JournalFiles.newEntry(folder, time, "files", SUFFIX);
        JournalFiles.store(file, properties, "Driftless file repair");
        return entry(file, properties);
    }

    /** The newest repair of this project folder that has not been undone yet. */
    public Optional<Entry> lastUndoable(Path project) throws IOException {
        return JournalFiles.newestNotUndone(folder, SUFFIX, "project", normalized(project).toString(),
                FileRepairJournal::entry, Entry::time, Entry::file);
    }

    /** Marks an entry undone, so that the next undo goes one repair further back. */
    public void markUndone(Entry entry) throws IOException {
        JournalFiles.markUndone(entry.file(), clock.instant(), "Driftless file repair (undone)");
    }

    private static Entry entry(Path file, Properties properties) throws IOException {
        try {
            List<FileEdit> edits = new ArrayList<>();
            int files = Integer.parseInt(JournalFiles.required(properties, "files"));
            for (int i = 0; i < files; i++) {
                String prefix = "file." + i + ".";
                String before = properties.getProperty(prefix + "before");
                edits.add(new FileEdit(Path.of(JournalFiles.required(properties, prefix + "path")),
                        before == null ? null : DECODER.decode(before),
                        DECODER.decode(JournalFiles.required(properties, prefix + "after")),
                        JournalFiles.required(properties, prefix + "description")));
            }
            List<Row> rows = new ArrayList<>();
            int rowCount = Integer.parseInt(JournalFiles.required(properties, "rows"));
            for (int i = 0; i < rowCount; i++) {
                String prefix = "row." + i + ".";
                rows.add(new Row(RepairKind.fromCommand(JournalFiles.required(properties, prefix + "kind")),
                        JournalFiles.row(properties, prefix + "before.")
                                .orElseThrow(() -> new IllegalArgumentException("no " + prefix + "before.version")),
                        JournalFiles.row(properties, prefix + "after.")));
            }
            return new Entry(file, Instant.parse(JournalFiles.required(properties, "time")),
                    Path.of(JournalFiles.required(properties, "project")),
                    JournalFiles.required(properties, "description"), edits,
                    Optional.ofNullable(properties.getProperty("database")), rows);
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a readable file repair journal entry: " + e.getMessage(), e);
        }
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
