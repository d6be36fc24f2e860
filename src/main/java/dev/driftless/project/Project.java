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
import dev.driftless.db.DatabaseIdentity;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A project as both the command line and the window see it: its folder, its sqlx.toml, where
 * its migrations are, and the engine objects built from those for one database.
 *
 * @param configOverride the settings file named by {@code --config} (absolute), or null for the
 *                       folder's own {@code sqlx.toml}
 */
public record Project(Path directory, Path configOverride, ProjectConfig config, Path migrationsDirectory) {

    /** Loads sqlx.toml from the folder; {@code sourceOverride} (--source) wins over its migrations-dir. */
    public static Project open(Path directory, Path sourceOverride) {
        return open(directory, null, sourceOverride);
    }

    /**
     * Loads the settings from {@code configOverride} (--config, relative to the folder as sqlx-cli
     * takes it from its working directory) or, when null, from the folder's sqlx.toml;
     * {@code sourceOverride} (--source) wins over their migrations-dir.
     */
    public static Project open(Path directory, Path configOverride, Path sourceOverride) {
        Path configFile = configOverride == null ? null : directory.resolve(configOverride);
        ProjectConfig config = ProjectConfig.load(directory, configFile);
        Path migrations = sourceOverride == null ? config.migrationsDir() : directory.resolve(sourceOverride);
        return new Project(directory, configFile, config, migrations);
    }

    /** The same project with its settings read again (after a repair or an edit changed them). */
    public Project reloaded() {
        return new Project(directory, configOverride, ProjectConfig.load(directory, configOverride),
                migrationsDirectory);
    }

    /** The project with other settings, e.g. an edited sqlx.toml checked before it is written. */
    public Project withConfig(ProjectConfig edited) {
        return new Project(directory, configOverride, edited, migrationsDirectory);
    }

    /** The file the settings come from (whether or not it exists), for messages. */
    public Path configFile() {
        return configOverride != null ? configOverride : directory.resolve(ProjectConfig.FILE_NAME);
    }

    public LedgerTable ledgerTable() {
        try {
            return LedgerTable.parse(config.tableName());
        } catch (IllegalArgumentException e) {
            throw new ConfigException(configFile() + ": [migrate] table-name: "
                    + e.getMessage());
        }
    }

    public MigrationSourceReader reader() {
        try {
            return new MigrationSourceReader(IgnoredChars.of(config.ignoredChars()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(configFile() + ": [migrate] ignored-chars: "
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
        DatabaseIdentity identity = url.identity();
        return identity.isPersistent() ? Optional.of(new MigrationJournal(journalRoot, identity.key()))
                : Optional.empty();
    }

    /**
     * Names the database and this project's ledger table for the repair journal, without the
     * password or the user: the same database reached with other credentials is still the same ledger.
     */
    public String repairIdentity(DatabaseUrl url) {
        return url.identity().key() + "#" + ledgerTable().sqlName();
    }
}
