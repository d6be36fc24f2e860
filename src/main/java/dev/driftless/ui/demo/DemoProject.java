package dev.driftless.ui.demo;

import dev.driftless.core.drift.MigrationJournal;
import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationListener;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.userdata.DataFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The first-run demo: a small shop schema for SQLite in {@code <data folder>/demo-shop/}, with a
 * real database whose ledger shows every interesting state at once: two migrations applied, one
 * applied and then edited (drifted), one pending; and whose schema was changed by hand afterwards
 * (schema drift: an index widened, a table nobody migrated), for Check Schema to find.
 * <p>
 * The migrations are the classpath resources {@code dev/driftless/ui/demo/migrations/*.sql}; they
 * are applied with the real engine, so the demo's ledger is exactly what sqlx would have written.
 *
 * @param folder      the demo's project folder, {@code <data folder>/demo-shop}
 * @param databaseUrl {@code sqlite://<absolute path>/shop.db}
 */
public record DemoProject(Path folder, DatabaseUrl databaseUrl) {

    /** What the window calls the demo wherever it shows the project's name. */
    public static final String LABEL = "Demo project";
    /** The demo's folder inside the data folder. */
    public static final String FOLDER_NAME = "demo-shop";
    /** The demo's SQLite database inside its folder. */
    public static final String DATABASE_FILE_NAME = "shop.db";

    /** Marks a folder as made by {@link #prepare}: {@link #reset} deletes nothing without it. */
    static final String MARKER_FILE_NAME = ".driftless-demo";
    private static final String README_FILE_NAME = "README.txt";

    /**
     * The bundled migration files in version order. Listed by name because a folder of classpath
     * resources cannot be listed portably once it is inside a jar.
     */
    static final List<String> MIGRATION_FILES = List.of(
            "20240101090000_create_users.up.sql",
            "20240101090000_create_users.down.sql",
            "20240102090000_create_orders.up.sql",
            "20240102090000_create_orders.down.sql",
            "20240103090000_add_status_to_orders.up.sql",
            "20240103090000_add_status_to_orders.down.sql",
            "20240104090000_create_order_items.sql");

    /** The applied file that is edited afterwards, and the edit: a new default and a note about it. */
    private static final String DRIFTED_FILE = "20240103090000_add_status_to_orders.up.sql";
    private static final String APPLIED_DEFAULT = "DEFAULT 'pending'";
    private static final String EDITED_DEFAULT = "DEFAULT 'paid'";
    private static final String EDIT_NOTE = """
            -- Edited after this migration was applied: new orders now start as 'paid'.
            -- The database still says 'pending' and its ledger holds the old checksum,
            -- so sqlx refuses to start: this file has drifted.
            """;

    /**
     * What was done to the demo's database by hand, behind its migrations' back: the index that
     * 20240102090000 create orders made is widened (a difference attributed to that migration), and a
     * table is added that no migration made.
     */
    static final List<String> HAND_MADE_CHANGES = List.of(
            "DROP INDEX orders_user_id",
            "CREATE INDEX orders_user_id ON orders (user_id, placed_at)",
            "CREATE TABLE coupons (code TEXT PRIMARY KEY, percent_off INTEGER NOT NULL)");

    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Returns the demo in {@code dataFolder}, creating it on first use. An existing demo is
     * returned as it is, never rebuilt, so whatever the user changed in it stays. Blocking
     * (it writes files and runs migrations): call it off the FX thread.
     *
     * @throws IOException if the folder, the files or the database cannot be written
     */
    public static DemoProject prepare(Path dataFolder) throws IOException {
        Path folder = dataFolder.toAbsolutePath().normalize().resolve(FOLDER_NAME);
        DemoProject demo = new DemoProject(folder, sqliteUrl(folder.resolve(DATABASE_FILE_NAME), false));
        if (Files.exists(folder)) {
            return demo;
        }
        Files.createDirectories(folder.getParent());
        // Built next to its final place and moved in whole, so a crash halfway never leaves a
        // half-made demo that the next start would take for a finished one.
        Path staging = Files.createTempDirectory(folder.getParent(), "." + FOLDER_NAME + "-");
        try {
            build(staging, folder);
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            // Another prepare finished first; its demo is as good as ours.
        } finally {
            deleteRecursively(staging);
        }
        return demo;
    }

    /**
     * Deletes the demo (when the folder is one {@link #prepare} made) and creates it afresh, with
     * the drift and the pending migration back in place. Blocking: call it off the FX thread.
     *
     * @throws IOException if the old demo cannot be deleted or the new one written; also when
     *                     {@code <data folder>/demo-shop} exists but is not a demo (it is left alone)
     */
    public static DemoProject reset(Path dataFolder) throws IOException {
        Path folder = dataFolder.toAbsolutePath().normalize().resolve(FOLDER_NAME);
        if (Files.exists(folder)) {
            if (!isDemo(folder)) {
                throw new IOException(folder + " is not a Driftless demo (it has no " + MARKER_FILE_NAME
                        + " file); move it away to recreate the demo");
            }
            deleteRecursively(folder);
        }
        return prepare(dataFolder);
    }

    /** True when {@code projectFolder} is a demo made by {@link #prepare}, so the window can label it {@link #LABEL}. */
    public static boolean isDemo(Path projectFolder) {
        return Files.isRegularFile(projectFolder.resolve(MARKER_FILE_NAME));
    }

    /** Copies the bundled migrations, as shipped, into {@code migrationsFolder}. */
    static void copyMigrations(Path migrationsFolder) throws IOException {
        Files.createDirectories(migrationsFolder);
        for (String name : MIGRATION_FILES) {
            try (InputStream in = DemoProject.class.getResourceAsStream("migrations/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the demo migration " + name + " is missing from the build");
                }
                Files.copy(in, migrationsFolder.resolve(name));
            }
        }
    }

    /** Writes the whole demo into {@code staging}, which will be moved to {@code finalFolder}. */
    private static void build(Path staging, Path finalFolder) throws IOException {
        Path migrations = staging.resolve("migrations");
        copyMigrations(migrations);
        applyAllButTheLast(staging);
        journalAppliedTexts(staging, finalFolder);
        changeTheSchemaByHand(staging);
        introduceDrift(migrations.resolve(DRIFTED_FILE));
        Files.writeString(staging.resolve(README_FILE_NAME), readme(finalFolder));
        Files.writeString(staging.resolve(MARKER_FILE_NAME), "This folder was created by Driftless as its demo.\n");
    }

    private static void applyAllButTheLast(Path projectFolder) throws IOException {
        Project project = Project.open(projectFolder, null);
        MigrationSource source = project.readMigrations();
        if (source.hasProblems() || source.migrations().size() < 2) {
            throw new IllegalStateException("the bundled demo migrations are broken: " + source.problems());
        }
        List<Migration> migrations = source.migrations();
        long lastToApply = migrations.get(migrations.size() - 2).version();
        DatabaseUrl creating = sqliteUrl(projectFolder.resolve(DATABASE_FILE_NAME), true);
        try (Connection connection = creating.connect()) {
            project.migrator(creating, LOCK_TIMEOUT).run(connection, source,
                    new RunOptions(OptionalLong.of(lastToApply), false, false), MigrationListener.NONE);
        } catch (SQLException | MigrateException e) {
            throw new IOException("could not create the demo database: " + e.getMessage(), e);
        }
    }

    /**
     * Keeps the applied texts in the user's journal under the final database path (the staging
     * path would not match it), so the drift pane can show what changed in the drifted file.
     */
    private static void journalAppliedTexts(Path staging, Path finalFolder) throws IOException {
        Project project = Project.open(staging, null);
        DatabaseUrl finalUrl = sqliteUrl(finalFolder.resolve(DATABASE_FILE_NAME), false);
        Optional<MigrationJournal> journal = Project.journal(finalUrl, DataFolder.journalIn(finalFolder.getParent()));
        if (journal.isEmpty()) {
            return;
        }
        try (Connection connection = sqliteUrl(staging.resolve(DATABASE_FILE_NAME), false).connect()) {
            Set<Long> applied = project.migrator(finalUrl, LOCK_TIMEOUT).readLedger(connection).stream()
                    .map(AppliedMigration::version).collect(Collectors.toSet());
            for (Migration migration : project.readMigrations().migrations()) {
                if (applied.contains(migration.version())) {
                    journal.get().record(migration.version(), migration.checksum(),
                            MigrationSourceReader.readSql(migration.upFile()));
                }
            }
        } catch (SQLException | MigrateException e) {
            throw new IOException("could not journal the demo's applied migrations: " + e.getMessage(), e);
        }
    }

    private static void changeTheSchemaByHand(Path projectFolder) throws IOException {
        try (Connection connection = sqliteUrl(projectFolder.resolve(DATABASE_FILE_NAME), false).connect();
             Statement statement = connection.createStatement()) {
            for (String change : HAND_MADE_CHANGES) {
                statement.execute(change);
            }
        } catch (SQLException e) {
            throw new IOException("could not change the demo database by hand: " + e.getMessage(), e);
        }
    }

    private static void introduceDrift(Path appliedFile) throws IOException {
        String sql = Files.readString(appliedFile, StandardCharsets.UTF_8);
        if (!sql.contains(APPLIED_DEFAULT)) {
            // Without this check, editing the resource would silently give a demo without drift.
            throw new IllegalStateException(appliedFile.getFileName() + " no longer contains " + APPLIED_DEFAULT);
        }
        Files.writeString(appliedFile, EDIT_NOTE + sql.replace(APPLIED_DEFAULT, EDITED_DEFAULT), StandardCharsets.UTF_8);
    }

    private static String readme(Path folder) {
        return """
                Driftless demo project
                ======================

                This folder is a demo that Driftless created for you to try it out. It is a tiny
                shop schema in sqlx's layout: the SQL files in migrations/ and a SQLite database,
                shop.db, whose _sqlx_migrations table records what was applied.

                  create users             applied
                  create orders            applied
                  add status to orders     applied, then its file was edited: drifted
                  create order items       pending

                Its schema was also changed by hand, as happens on a shared database: the
                index orders_user_id (made by "create orders") was widened to two columns,
                and a table, coupons, was added that no migration made. Database > Check
                Schema in Driftless finds both and names the migration behind each object.

                Change anything you like; Driftless keeps this folder as it is. To start over,
                use "Reset demo" in Driftless.

                The database URL, for Driftless or sqlx-cli:

                  DATABASE_URL=%s
                """.formatted(sqliteUrl(folder.resolve(DATABASE_FILE_NAME), false).masked());
    }

    /** A sqlx SQLite URL for an absolute file, escaping the two characters its parser treats specially. */
    private static DatabaseUrl sqliteUrl(Path file, boolean createIfMissing) {
        String path = file.toString().replace("%", "%25").replace("?", "%3F");
        return DatabaseUrl.parse("sqlite://" + path + (createIfMissing ? "?mode=rwc" : ""));
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            // Deepest first, so every folder is empty when its turn comes.
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
