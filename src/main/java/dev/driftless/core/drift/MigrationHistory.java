package dev.driftless.core.drift;

import java.util.Optional;

/** What the project's version control knows about a migration file beyond its text (git, outside core). */
@FunctionalInterface
public interface MigrationHistory {
    /** Knows nothing: for projects outside version control. */
    MigrationHistory NONE = version -> Optional.empty();

    /** The most recent commit that removed the file of {@code version} from the migrations folder. */
    Optional<FileRemoval> removalOf(long version);
}
