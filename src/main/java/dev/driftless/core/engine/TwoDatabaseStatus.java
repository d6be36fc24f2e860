package dev.driftless.core.engine;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One migration version on two databases side by side: each database's {@link StatusRow} from
 * {@link StatusMerger} (the same files against each ledger). A version with no file has a row only
 * on the databases whose ledger holds it; on the other it is absent.
 *
 * @param here  the row on the first database (the project's), null when absent there
 * @param there the row on the other database, null when absent there
 */
public record TwoDatabaseStatus(long version, String description, StatusRow here, StatusRow there) {

    /** One entry per version in the files or either ledger, in version order. */
    public static List<TwoDatabaseStatus> merge(List<Migration> migrations, List<AppliedMigration> hereLedger,
                                                List<AppliedMigration> thereLedger) {
        Map<Long, StatusRow> here = byVersion(StatusMerger.merge(migrations, hereLedger));
        Map<Long, StatusRow> there = byVersion(StatusMerger.merge(migrations, thereLedger));
        SortedSet<Long> versions = new TreeSet<>(here.keySet());
        versions.addAll(there.keySet());
        List<TwoDatabaseStatus> merged = new ArrayList<>(versions.size());
        for (long version : versions) {
            StatusRow left = here.get(version);
            StatusRow right = there.get(version);
            merged.add(new TwoDatabaseStatus(version, (left != null ? left : right).description(), left, right));
        }
        return merged;
    }

    public Optional<MigrationStatus> hereStatus() {
        return Optional.ofNullable(here).map(StatusRow::status);
    }

    public Optional<MigrationStatus> thereStatus() {
        return Optional.ofNullable(there).map(StatusRow::status);
    }

    /** The two databases do not stand the same on this version. */
    public boolean differs() {
        return !Objects.equals(hereStatus(), thereStatus());
    }

    private static Map<Long, StatusRow> byVersion(List<StatusRow> rows) {
        return rows.stream().collect(Collectors.toMap(StatusRow::version, Function.identity()));
    }
}
