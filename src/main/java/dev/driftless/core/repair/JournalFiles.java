package dev.driftless.core.repair;

import dev.driftless.core.io.AtomicFiles;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Checksum;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

/** What both repair journals share: entry files named by time, properties in UTF-8, whole ledger rows. */
final class JournalFiles {
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSSSSS").withZone(ZoneOffset.UTC);

    private JournalFiles() {
    }

    /** Creates a new, empty entry file named after the time (and {@code name}), creating the folder if needed. */
    static Path newEntry(Path folder, Instant time, String name, String suffix) throws IOException {
        Files.createDirectories(folder);
        String stem = FILE_TIME.format(time) + "-" + name;
        // Two repairs within the same microsecond would share a name: number the later ones.
        for (int attempt = 0; ; attempt++) {
            Path file = folder.resolve(stem + (attempt == 0 ? "" : "-" + attempt) + suffix);
            try {
                return Files.createFile(file);
            } catch (FileAlreadyExistsException taken) {
                // try the next number
            }
        }
    }

    /** The entry files in {@code folder} ending with {@code suffix}; none when the folder does not exist. */
    static List<Path> entries(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return new ArrayList<>(listing.filter(path -> path.getFileName().toString().endsWith(suffix)).toList());
        }
    }

    /** Turns an entry file's properties into an entry; throws, naming the file, when they are broken. */
    @FunctionalInterface
    interface EntryReader<E> {
        E read(Path file, Properties properties) throws IOException;
    }

    /**
     * The newest entry in {@code folder} whose {@code key} is {@code value} and that is not undone
     * (newest by {@code time}, then by file name for entries of the same instant).
     */
    static <E> Optional<E> newestNotUndone(Path folder, String suffix, String key, String value,
                                           EntryReader<E> reader, Function<E, Instant> time,
                                           Function<E, Path> file) throws IOException {
        List<E> candidates = new ArrayList<>();
        for (Path entryFile : entries(folder, suffix)) {
            Properties properties = load(entryFile);
            if (value.equals(properties.getProperty(key)) && properties.getProperty("undone") == null) {
                candidates.add(reader.read(entryFile, properties));
            }
        }
        return candidates.stream().max(Comparator.comparing(time)
                .thenComparing(entry -> file.apply(entry).getFileName().toString()));
    }

    /** Marks an entry undone at {@code when}, so that the next undo goes one repair further back. */
    static void markUndone(Path file, Instant when, String comment) throws IOException {
        Properties properties = load(file);
        properties.setProperty("undone", when.toString());
        store(file, properties, comment);
    }

    static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** Replaces the entry atomically, so a crash never leaves half an entry that undo cannot read. */
    static void store(Path file, Properties properties, String comment) throws IOException {
        StringWriter text = new StringWriter();
        properties.store(text, comment);
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Writes all six columns of a row under {@code prefix}. */
    static void putRow(Properties properties, String prefix, AppliedMigration row) {
        properties.setProperty(prefix + "version", Long.toString(row.version()));
        properties.setProperty(prefix + "description", row.description());
        properties.setProperty(prefix + "installed_on", row.installedOn().toString());
        properties.setProperty(prefix + "success", Boolean.toString(row.success()));
        properties.setProperty(prefix + "checksum", row.checksum().hex());
        properties.setProperty(prefix + "execution_time", Long.toString(row.executionTimeNanos()));
    }

    /** The row written by {@link #putRow} under {@code prefix}; empty when there is none. */
    static Optional<AppliedMigration> row(Properties properties, String prefix) {
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

    static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no " + key);
        }
        return value;
    }
}
