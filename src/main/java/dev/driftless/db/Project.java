package dev.driftless.db;

import dev.driftless.core.engine.Migrator;
import dev.driftless.core.ledger.Ledger;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.source.IgnoredChars;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationSourceReader;

import java.nio.file.Path;
import java.time.Duration;

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

    public Migrator migrator(DatabaseUrl url, Duration lockTimeout) {
        return new Migrator(new Ledger(Dialects.forUrl(url), ledgerTable()), reader(),
                config.createSchemas(), lockTimeout);
    }
}
