package dev.driftless.core.engine;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Joins the files on disk with the ledger rows into one {@link StatusRow} per version: the only place status is decided. */
public final class StatusMerger {
    private StatusMerger() {
    }

    public static List<StatusRow> merge(List<Migration> migrations, List<AppliedMigration> ledger) {
        Map<Long, Migration> files = migrations.stream()
                .collect(Collectors.toMap(Migration::version, Function.identity(), (first, second) -> first));
        Map<Long, AppliedMigration> rows = ledger.stream()
                .collect(Collectors.toMap(AppliedMigration::version, Function.identity(), (first, second) -> first));
        long highestInLedger = rows.keySet().stream().mapToLong(Long::longValue).max().orElse(Long.MIN_VALUE);

        SortedSet<Long> versions = new TreeSet<>(files.keySet());
        versions.addAll(rows.keySet());

        List<StatusRow> merged = new ArrayList<>(versions.size());
        for (long version : versions) {
            Migration file = files.get(version);
            AppliedMigration row = rows.get(version);
            merged.add(new StatusRow(version, file != null ? file.description() : row.description(),
                    statusOf(file, row), row == null && version < highestInLedger, file, row));
        }
        return merged;
    }

    /** The files alone, each {@link MigrationStatus#UNKNOWN}: the ledger could not be read, so nothing is known to be pending. */
    public static List<StatusRow> withoutLedger(List<Migration> migrations) {
        return migrations.stream()
                .map(file -> new StatusRow(file.version(), file.description(), MigrationStatus.UNKNOWN, false, file, null))
                .toList();
    }

    private static MigrationStatus statusOf(Migration file, AppliedMigration row) {
        if (row == null) {
            return MigrationStatus.PENDING;
        }
        if (!row.success()) {
            return MigrationStatus.FAILED;
        }
        if (file == null) {
            return MigrationStatus.MISSING;
        }
        return file.checksum().equals(row.checksum()) ? MigrationStatus.APPLIED : MigrationStatus.DRIFTED;
    }
}
