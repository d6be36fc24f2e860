package dev.driftless.core.drift;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Checksums;
import dev.driftless.core.source.IgnoredChars;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTest {
    private static final String SQL = "\uFEFFCREATE TABLE t (id INT);\r\n";

    @TempDir
    Path root;

    @Test
    void keepsTheExactTextPerDatabaseVersionAndChecksum() throws Exception {
        MigrationJournal journal = new MigrationJournal(root, "postgres://db.example:5432/app");
        Checksum checksum = checksum(SQL);

        journal.record(7, checksum, SQL);

        assertThat(Files.readString(journal.folder().resolve("7-" + checksum.hex() + ".sql"))).isEqualTo(SQL);
        assertThat(journal.folder().getFileName().toString()).matches("[0-9a-f]{64}");
        assertThat(journal.find(missingRow(7, checksum))).get()
                .satisfies(text -> {
                    assertThat(text.text()).isEqualTo(SQL);
                    assertThat(text.sourceLabel()).isEqualTo("journal");
                });
    }

    @Test
    void neverReplacesAKeptText() throws Exception {
        MigrationJournal journal = new MigrationJournal(root, "sqlite:/data/app.db");
        Checksum checksum = checksum(SQL);
        journal.record(7, checksum, SQL);

        journal.record(7, checksum, "something else");

        assertThat(journal.find(missingRow(7, checksum)).orElseThrow().text()).isEqualTo(SQL);
        try (var files = Files.list(journal.folder())) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void otherDatabasesAndChecksumsFindNothing() throws Exception {
        new MigrationJournal(root, "sqlite:/data/app.db").record(7, checksum(SQL), SQL);

        assertThat(new MigrationJournal(root, "sqlite:/data/other.db").find(missingRow(7, checksum(SQL)))).isEmpty();
        assertThat(new MigrationJournal(root, "sqlite:/data/app.db").find(missingRow(7, checksum("x")))).isEmpty();
    }

    private static Checksum checksum(String text) {
        return Checksums.sha384(text, IgnoredChars.NONE);
    }

    private static StatusRow missingRow(long version, Checksum checksum) {
        return new StatusRow(version, "t", MigrationStatus.MISSING, false, null,
                new AppliedMigration(version, "t", Instant.EPOCH, true, checksum, 1));
    }
}
