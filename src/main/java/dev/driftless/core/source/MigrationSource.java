package dev.driftless.core.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What a migrations folder holds: its migrations in ascending version order, every problem found
 * while reading it, and notes on what was skipped though it looks like a migration. A folder with
 * problems still lists what could be read; notes never stop anything.
 */
public record MigrationSource(Path directory, Layout layout, List<Migration> migrations,
                              List<SourceProblem> problems, List<SourceNote> notes) {
    public MigrationSource {
        migrations = List.copyOf(migrations);
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    /** A folder with nothing skipped worth a note. */
    public MigrationSource(Path directory, Layout layout, List<Migration> migrations, List<SourceProblem> problems) {
        this(directory, layout, migrations, problems, List.of());
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
