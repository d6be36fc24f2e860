package dev.driftless.core.engine;

import dev.driftless.core.source.Layout;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Creates migration files by sqlx-cli's naming rules and templates, following the folder's
 * layout. Unlike sqlx it never overwrites: an existing file stops it with a message. Where sqlx
 * would give a second migration created within the same second the same timestamp (a duplicate
 * version), it waits for the next second.
 */
public final class MigrationCreator {
    static final String SIMPLE_TEMPLATE = "-- Add migration script here\n";
    static final String UP_TEMPLATE = "-- Add up migration script here\n";
    static final String DOWN_TEMPLATE = "-- Add down migration script here\n";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    public MigrationCreator(Clock clock) {
        this.clock = clock;
    }

    /** Writes the new file(s) and returns their paths, up file first. */
    public List<Path> create(MigrationSource source, NewMigration request) throws MigrateException {
        if (!isSequential(source.migrations(), request.versioning())
                && source.find(Long.parseLong(TIMESTAMP.format(clock.instant()))).isPresent()) {
            waitForNextSecond();
        }
        return write(plan(source, request));
    }

    /** Once: a clock that does not move (in tests) still gets the refusal {@link #plan} gives. */
    private void waitForNextSecond() throws MigrateException {
        try {
            Thread.sleep(1_000 - clock.instant().getNano() / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrateException("interrupted while waiting for a new timestamp; nothing was written");
        }
    }

    /**
     * The paths {@link #create} would write, up file first, without touching the disk; refuses
     * with the same messages. The window shows this as a live preview.
     */
    public List<Path> preview(MigrationSource source, NewMigration request) throws MigrateException {
        return plan(source, request).stream().map(PlannedFile::path).toList();
    }

    /**
     * What sqlx infers when neither simple/reversible nor timestamp/sequential is given: the
     * latest migration's type, and sequential versions when the folder already uses them.
     */
    public static NewMigration inferred(MigrationSource source, String description) {
        MigrationType type = source.latest().map(Migration::type).orElse(MigrationType.SIMPLE);
        return new NewMigration(description, type, infersSequential(source.migrations())
                ? NewMigration.Versioning.SEQUENTIAL : NewMigration.Versioning.TIMESTAMP);
    }

    // The one naming path: create and preview both go through here.
    private List<PlannedFile> plan(MigrationSource source, NewMigration request) throws MigrateException {
        String description = request.description().strip();
        if (description.isEmpty()) {
            throw new MigrateException(new Refusal.DescriptionMissing());
        }
        OptionalInt forbidden = description.codePoints().filter(MigrationCreator::forbiddenInName).findFirst();
        if (forbidden.isPresent()) {
            throw new MigrateException(new Refusal.DescriptionInvalid(description, forbidden.getAsInt()));
        }
        String prefix = versionPrefix(source, request.versioning());
        long version = Long.parseLong(prefix);
        Optional<Migration> existing = source.find(version);
        if (existing.isPresent()) {
            throw new MigrateException(new Refusal.VersionTaken(version, existing.get().upFile()));
        }
        MigrationType type = request.type() != null ? request.type() : inferred(source, description).type();
        String stem = prefix + "_" + description.replace(' ', '_');
        return source.layout() == Layout.DIRECTORY
                ? directoryFiles(source.directory().resolve(stem), type)
                : flatFiles(source.directory(), stem, type);
    }

    /**
     * A path separator would put the file elsewhere; a control character (a newline, a tab, an
     * escape) would end up in the file's name, where no one sees it.
     */
    private static boolean forbiddenInName(int character) {
        return character == '/' || character == '\\' || Character.isISOControl(character);
    }

    private static List<PlannedFile> flatFiles(Path directory, String stem, MigrationType type) {
        if (type.isReversible()) {
            return List.of(new PlannedFile(directory.resolve(stem + ".up.sql"), UP_TEMPLATE),
                    new PlannedFile(directory.resolve(stem + ".down.sql"), DOWN_TEMPLATE));
        }
        return List.of(new PlannedFile(directory.resolve(stem + ".sql"), SIMPLE_TEMPLATE));
    }

    private static List<PlannedFile> directoryFiles(Path folder, MigrationType type) {
        if (type.isReversible()) {
            return List.of(new PlannedFile(folder.resolve("up.sql"), UP_TEMPLATE),
                    new PlannedFile(folder.resolve("down.sql"), DOWN_TEMPLATE));
        }
        return List.of(new PlannedFile(folder.resolve("up.sql"), SIMPLE_TEMPLATE));
    }

    private String versionPrefix(MigrationSource source, NewMigration.Versioning versioning) {
        List<Migration> migrations = source.migrations();
        if (!isSequential(migrations, versioning)) {
            return TIMESTAMP.format(clock.instant());
        }
        long next = migrations.isEmpty() ? 1 : migrations.get(migrations.size() - 1).version() + 1;
        return String.format("%04d", next);
    }

    private static boolean isSequential(List<Migration> migrations, NewMigration.Versioning versioning) {
        return switch (versioning) {
            case SEQUENTIAL -> true;
            case TIMESTAMP -> false;
            case INFERRED -> infersSequential(migrations);
        };
    }

    /** sqlx's rule: the last two versions differ by exactly 1, or the only version is 0 or 1. */
    private static boolean infersSequential(List<Migration> migrations) {
        int count = migrations.size();
        if (count == 1) {
            long only = migrations.get(0).version();
            return only == 0 || only == 1;
        }
        return count >= 2 && migrations.get(count - 1).version() - migrations.get(count - 2).version() == 1;
    }

    private static List<Path> write(List<PlannedFile> files) throws MigrateException {
        for (PlannedFile file : files) {
            if (Files.exists(file.path)) {
                throw new MigrateException(new Refusal.AlreadyExists(file.path));
            }
        }
        List<Path> written = new ArrayList<>();
        try {
            for (PlannedFile file : files) {
                Files.createDirectories(file.path.getParent());
                // CREATE_NEW refuses to replace a file that appeared since the check above.
                Files.writeString(file.path, file.content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
                written.add(file.path);
            }
        } catch (FileAlreadyExistsException e) {
            throw new MigrateException(new Refusal.AppearedMeanwhile(Path.of(e.getFile())));
        } catch (IOException e) {
            throw new MigrateException("cannot create " + e.getMessage(), e);
        }
        return written;
    }

    private record PlannedFile(Path path, String content) {
    }
}
