package dev.driftless.project;

import dev.driftless.core.engine.TwoDatabaseStatus;
import dev.driftless.core.schema.compare.SchemaDifference;

import java.util.List;

/**
 * Two databases of one project side by side: each version's status on each, and how the second
 * database's schema differs from the first's.
 */
public record DatabaseComparison(List<TwoDatabaseStatus> migrations, List<SchemaDifference> differences,
                                 String hereServerVersion, String thereServerVersion) {
    public DatabaseComparison {
        migrations = List.copyOf(migrations);
        differences = List.copyOf(differences);
    }

    /** Both ledgers stand the same on every version. */
    public boolean sameLedgers() {
        return migrations.stream().noneMatch(TwoDatabaseStatus::differs);
    }

    /** Same ledgers and same schemas. */
    public boolean isSame() {
        return sameLedgers() && differences.isEmpty();
    }
}
