package dev.driftless.core.engine;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Checksums;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class StatusMergerTest {

    @Test
    void oneRowPerVersionWithEveryStatus() {
        List<Migration> files = List.of(file(1, "a"), file(2, "b"), file(3, "c"), file(5, "e"), file(6, "f"));
        List<AppliedMigration> ledger = List.of(row(1, "a", true), row(2, "edited", true), row(3, "c", false),
                row(4, "d", true), row(6, "f", true));

        List<StatusRow> rows = StatusMerger.merge(files, ledger);

        assertThat(rows).extracting(StatusRow::version, StatusRow::status, StatusRow::outOfOrder).containsExactly(
                tuple(1L, MigrationStatus.APPLIED, false),
                tuple(2L, MigrationStatus.DRIFTED, false),
                tuple(3L, MigrationStatus.FAILED, false),
                tuple(4L, MigrationStatus.MISSING, false),
                tuple(5L, MigrationStatus.PENDING, true),
                tuple(6L, MigrationStatus.APPLIED, false));
        assertThat(rows.get(3).description()).as("a missing row keeps the ledger's description").isEqualTo("d");
        assertThat(rows.get(3).file()).isEmpty();
        assertThat(rows.get(4).ledgerRow()).isEmpty();
    }

    @Test
    void pendingAboveEverythingAppliedIsInOrder() {
        List<StatusRow> rows = StatusMerger.merge(List.of(file(1, "a"), file(2, "b")), List.of(row(1, "a", true)));
        assertThat(rows.get(1).outOfOrder()).isFalse();
    }

    @Test
    void flagsTellViewsWhatAStateMeans() {
        assertThat(MigrationStatus.DRIFTED.isApplied()).isTrue();
        assertThat(MigrationStatus.MISSING.hasFile()).isFalse();
        assertThat(MigrationStatus.PENDING.needsAttention()).isFalse();
        assertThat(MigrationStatus.FAILED.needsAttention()).isTrue();
    }

    private static Migration file(long version, String content) {
        return new Migration(version, "m" + version, MigrationType.SIMPLE, Path.of(version + "_m" + version + ".sql"),
                null, checksum(content), false);
    }

    private static AppliedMigration row(long version, String content, boolean success) {
        return new AppliedMigration(version, String.valueOf((char) ('a' + version - 1)), Instant.EPOCH, success,
                checksum(content), 10);
    }

    private static Checksum checksum(String content) {
        return Checksums.sha384(content.getBytes(StandardCharsets.UTF_8));
    }
}
