package dev.driftless.project;

import dev.driftless.core.drift.MigrationJournal;
import dev.driftless.core.engine.AppliedScriptRecorder;
import dev.driftless.core.engine.Migrator;
import dev.driftless.core.ledger.Ledger;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.source.IgnoredChars;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.db.ConfigException;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A project as both the command line and the window see it: its folder, its sqlx.toml, where
 * its migrations are, and the engine objects built from those for one database.
 */
public record Project(Path directory, ProjectConfig config, Path migrationsDirectory) {

    /** Loads sqlx.toml from the folder; {@code sourceOverride} (--source) wins over its migrations-dir. */
    public static Project open(Path directory, Path sourceOverride) {
        ProjectConfig config = ProjectConfig.load(directory);
        Path migrations = sourceOverride == null ? config.migrationsDir() : directory.resolve(sourceOverride);
        return new Project(directory, config, migrations);
    }

    /** The same project with its sqlx.toml read again (after a repair or an edit changed it). */
    public Project reloaded() {
        return new Project(directory, ProjectConfig.load(directory), migrationsDirectory);
    }

    public LedgerTable ledgerTable() {
        try {
            return LedgerTable.parse(config.tableName());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(directory.resolve(ProjectConfig.FILE_NAME) + ": [migrate] table-name: "
                    + e.getMessage());
        }
    }

    public MigrationSourceReader reader() {
        try {
            return new MigrationSourceReader(IgnoredChars.of(config.ignoredChars()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(directory.resolve(ProjectConfig.FILE_NAME) + ": [migrate] ignored-chars: "
                    + e.getMessage());
        }
    }

    public MigrationSource readMigrations() {
        return reader().read(migrationsDirectory);
    }

    /** An engine that keeps no journal: for reading status, or where no data folder is at hand. */
    public Migrator migrator(DatabaseUrl url, Duration lockTimeout) {
        return new Migrator(new Ledger(Dialects.forUrl(url), ledgerTable()), reader(),
                config.createSchemas(), lockTimeout);
    }

    /** An engine that keeps the text of every migration it applies in the journal under {@code journalRoot}. */
    public Migrator migrator(DatabaseUrl url, Duration lockTimeout, Path journalRoot) {
        AppliedScriptRecorder recorder = journal(url, journalRoot)
                .<AppliedScriptRecorder>map(journal -> journal)
                .orElse(AppliedScriptRecorder.NONE);
        return new Migrator(new Ledger(Dialects.forUrl(url), ledgerTable()), reader(),
                config.createSchemas(), lockTimeout, recorder);
    }

    /** This database's journal under {@code journalRoot}; empty for in-memory SQLite, which keeps nothing. */
    public static Optional<MigrationJournal> journal(DatabaseUrl url, Path journalRoot) {
        return url.identity().map(identity -> new MigrationJournal(journalRoot, identity));
    }

    /**
     * Names the database and this project's ledger table for the repair journal, without the
     * password or the user: the same database reached with other credentials is still the same ledger.
     */
    public String repairIdentity(DatabaseUrl url) {
        String where = url.kind() == DatabaseUrl.Kind.POSTGRES
                ? "postgres://" + url.host() + ":" + url.port() + "/" + url.databaseName()
                : "sqlite:" + url.databaseName();
        return where + "#" + ledgerTable().sqlName();
    }
}
