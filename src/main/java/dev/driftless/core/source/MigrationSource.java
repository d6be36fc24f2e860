package dev.driftless.core.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a migrations folder holds: its migrations in ascending version order, and every problem
 * found while reading it. A folder with problems still lists what could be read.
 */
public record MigrationSource(Path directory, Layout layout, List<Migration> migrations,
                              List<SourceProblem> problems) {
    public MigrationSource {
        migrations = List.copyOf(migrations);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public Optional<Migration> find(long version) {
        return migrations.stream().filter(migration -> migration.version() == version).findFirst();
    }

    public Optional<Migration> latest() {
        return migrations.isEmpty() ? Optional.empty() : Optional.of(migrations.get(migrations.size() - 1));
    }
}
