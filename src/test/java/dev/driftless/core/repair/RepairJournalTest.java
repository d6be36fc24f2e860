package dev.driftless.core.repair;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Checksums;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The journal reads back exactly what it wrote, newest repair of the right database first. */
class RepairJournalTest {
    private static final String DATABASE = "postgres://db.example.com:5432/shop#_sqlx_migrations";

    @TempDir
    Path folder;

    private Instant now = Instant.parse("2024-05-01T10:00:00.123456Z");
    private RepairJournal journal;

    @BeforeEach
    void journalInTheTemporaryFolder() {
        journal = new RepairJournal(folder.resolve("repairs"), tickingClock());
    }

    @Test
    void recordedRepairReadsBackWithBothRowsExactly() throws Exception {
        LedgerRepair restamp = repair(RepairKind.RESTAMP, row(3, "create 'users'\nand = more", true),
                restamped(row(3, "create 'users'\nand = more", true)));

        RepairJournal.Entry recorded = journal.record(DATABASE, restamp);

        RepairJournal.Entry read = journal.lastUndoable(DATABASE).orElseThrow();
        assertThat(read).isEqualTo(recorded);
        assertThat(read.before()).isEqualTo(restamp.before());
        assertThat(read.after()).isEqualTo(restamp.after());
        assertThat(read.kind()).isEqualTo(RepairKind.RESTAMP);
    }

    @Test
    void undoWalksBackThroughTheRepairsOfOneDatabaseNewestFirst() throws Exception {
        RepairJournal.Entry first = journal.record(DATABASE, repair(RepairKind.FORGET, row(1, "a", true), null));
        RepairJournal.Entry second = journal.record(DATABASE, repair(RepairKind.CLEAR_FAILED, row(2, "b", false), null));
        journal.record("sqlite:///tmp/other.db#_sqlx_migrations", repair(RepairKind.FORGET, row(9, "c", true), null));

        assertThat(journal.lastUndoable(DATABASE)).contains(second);
        journal.markUndone(second);
        assertThat(journal.lastUndoable(DATABASE)).contains(first);
        journal.markUndone(first);
        assertThat(journal.lastUndoable(DATABASE)).isEmpty();
    }

    @Test
    void missingFolderHasNothingToUndoAndABrokenEntryIsNamed() throws Exception {
        assertThat(new RepairJournal(folder.resolve("absent")).lastUndoable(DATABASE)).isEmpty();

        RepairJournal.Entry entry = journal.record(DATABASE, repair(RepairKind.FORGET, row(1, "a", true), null));
        Files.writeString(entry.file(), "database=" + DATABASE.replace(":", "\\:") + "\nkind=forget\n",
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> journal.lastUndoable(DATABASE))
                .hasMessageStartingWith(entry.file() + " is not a readable repair journal entry");
    }

    private Clock tickingClock() {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                now = now.plus(Duration.ofSeconds(1));
                return now;
            }
        };
    }

    private static LedgerRepair repair(RepairKind kind, AppliedMigration before, AppliedMigration after) {
        return new LedgerRepair(kind, before, after, null, Duration.ZERO);
    }

    private static AppliedMigration restamped(AppliedMigration row) {
        return new AppliedMigration(row.version(), row.description(), row.installedOn(), row.success(),
                Checksums.sha384("new".getBytes(StandardCharsets.UTF_8)), row.executionTimeNanos());
    }

    private static AppliedMigration row(long version, String description, boolean success) {
        return new AppliedMigration(version, description, Instant.parse("2023-01-02T03:04:05.678901Z"), success,
                Checksums.sha384("old".getBytes(StandardCharsets.UTF_8)), 12_345_678L);
    }
}
