package dev.driftless.core.repair;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Checksum;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A folder of applied ledger repairs, one small properties file each, holding the time, the
 * database, the kind and the whole row before and after: enough to put the row back byte for
 * byte long after the repair. Undoing marks the entry undone, so repeated undos walk back
 * through the repairs of a database, newest first.
 */
public final class RepairJournal {
    private static final String SUFFIX = ".repair.properties";
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSSSSS").withZone(ZoneOffset.UTC);

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
        putRow(properties, "before.", repair.before());
        repair.after().ifPresent(after -> putRow(properties, "after.", after));
        Files.createDirectories(folder);
        Path file = newFile(FILE_TIME.format(time) + "-" + repair.kind().command() + "-" + repair.version());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "Driftless ledger repair");
        }
        return new Entry(file, time, database, repair.kind(), repair.before(), repair.after());
    }

    /** The newest repair of this database that has not been undone yet. */
    public Optional<Entry> lastUndoable(String database) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        List<Entry> candidates = new ArrayList<>();
        for (Path file : files) {
            Properties properties = load(file);
            if (database.equals(properties.getProperty("database")) && properties.getProperty("undone") == null) {
                candidates.add(entry(file, properties));
            }
        }
        return candidates.stream().max(Comparator.comparing(Entry::time)
                .thenComparing(candidate -> candidate.file().getFileName().toString()));
    }

    /** Marks an entry undone, so that the next undo goes one repair further back. */
    public void markUndone(Entry entry) throws IOException {
        Properties properties = load(entry.file());
        properties.setProperty("undone", clock.instant().toString());
        try (Writer writer = Files.newBufferedWriter(entry.file(), StandardCharsets.UTF_8)) {
            properties.store(writer, "Driftless ledger repair (undone)");
        }
    }

    private Path newFile(String stem) throws IOException {
        // Two repairs within the same microsecond would share a name: number the later ones.
        for (int attempt = 0; ; attempt++) {
            Path file = folder.resolve(stem + (attempt == 0 ? "" : "-" + attempt) + SUFFIX);
            try {
                return Files.createFile(file);
            } catch (FileAlreadyExistsException taken) {
                // try the next number
            }
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Entry entry(Path file, Properties properties) throws IOException {
        try {
            return new Entry(file, Instant.parse(properties.getProperty("time")), properties.getProperty("database"),
                    RepairKind.fromCommand(properties.getProperty("kind")), row(properties, "before.")
                    .orElseThrow(() -> new IllegalArgumentException("no before.version")), row(properties, "after."));
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a readable repair journal entry: " + e.getMessage(), e);
        }
    }

    private static void putRow(Properties properties, String prefix, AppliedMigration row) {
        properties.setProperty(prefix + "version", Long.toString(row.version()));
        properties.setProperty(prefix + "description", row.description());
        properties.setProperty(prefix + "installed_on", row.installedOn().toString());
        properties.setProperty(prefix + "success", Boolean.toString(row.success()));
        properties.setProperty(prefix + "checksum", row.checksum().hex());
        properties.setProperty(prefix + "execution_time", Long.toString(row.executionTimeNanos()));
    }

    private static Optional<AppliedMigration> row(Properties properties, String prefix) {
        String version = properties.getProperty(prefix + "version");
        if (version == null) {
            return Optional.empty();
        }
        return Optional.of(new AppliedMigration(Long.parseLong(version), required(properties, prefix + "description"),
                Instant.parse(required(properties, prefix + "installed_on")),
                Boolean.parseBoolean(required(properties, prefix + "success")),
                Checksum.fromHex(required(properties, prefix + "checksum")),
                Long.parseLong(required(properties, prefix + "execution_time"))));
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }
}
