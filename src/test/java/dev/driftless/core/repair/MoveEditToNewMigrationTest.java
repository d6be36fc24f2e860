package dev.driftless.core.repair;

import dev.driftless.core.drift.AppliedText;
import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationCreator;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.NewMigration;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.core.source.MigrationType;
import dev.driftless.core.sql.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Moving the edit of an applied migration into a new one, on real folders: what goes where, and every refusal. */
class MoveEditToNewMigrationTest {
    private static final String APPLIED = "-- users\nCREATE TABLE users (id INTEGER);\nCREATE INDEX users_id ON users (id);\n";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final MigrationSourceReader reader = new MigrationSourceReader();
    private final MoveEditToNewMigration planner = new MoveEditToNewMigration(new MigrationCreator(CLOCK),
            SqlDialect.POSTGRESQL);

    private Path migrations() throws IOException {
        return Files.createDirectories(folder.resolve("migrations"));
    }

    /** The only migration, applied as {@link #APPLIED}, then its file replaced by {@code edited}. */
    private StatusRow drifted(String name, String edited) throws IOException {
        return driftedFrom(APPLIED, name, edited);
    }

    /** The only migration, applied as {@code applied}, then its file replaced by {@code edited}. */
    private StatusRow driftedFrom(String applied, String name, String edited) throws IOException {
        Files.writeString(migrations().resolve(name), edited);
        Migration migration = source().migrations().get(0);
        AppliedMigration row = new AppliedMigration(migration.version(), migration.description(),
                Instant.parse("2024-01-01T00:00:00Z"), true, reader.checksumOf(applied), 1000);
        return new StatusRow(migration.version(), migration.description(), MigrationStatus.DRIFTED, false, migration,
                row);
    }

    private MigrationSource source() throws IOException {
        return reader.read(migrations());
    }

    private FileRepair plan(StatusRow row, AppliedText applied) throws Exception {
        return planner.plan(row, applied, reader, source(), null, NewMigration.Versioning.INFERRED);
    }

    private static AppliedText journal() {
        return AppliedText.journal(APPLIED, Path.of("journal/1.sql"));
    }

    @Test
    void anAddedStatementMovesToTheNextSequentialMigrationAndTheFileGoesBack() throws Exception {
        String edited = "-- users, now with names\nCREATE TABLE users (id INTEGER);\ncreate index users_id on users (id);\n"
                + "ALTER TABLE users ADD name TEXT;\n";
        StatusRow row = drifted("0001_users.sql", edited);

        FileRepair repair = plan(row, journal());

        assertThat(repair.edits()).extracting(edit -> edit.file().getFileName().toString())
                .containsExactly("0001_users.sql", "0002_amend_users.sql");
        assertThat(repair.diff()).contains("+++ b/0002_amend_users.sql", "+ALTER TABLE users ADD name TEXT;",
                "-ALTER TABLE users ADD name TEXT;", "+-- users");
        assertThat(Files.readString(migrations().resolve("0001_users.sql"))).isEqualTo(edited); // planned only
        repair.apply(null);

        assertThat(Files.readString(migrations().resolve("0001_users.sql"))).isEqualTo(APPLIED);
        String moved = Files.readString(migrations().resolve("0002_amend_users.sql"));
        assertThat(moved).startsWith("-- Moved from 0001_users.sql, which was edited after it was applied "
                + "(applied text: journal).\n").endsWith("\nALTER TABLE users ADD name TEXT;\n")
                .doesNotContain("CREATE", "removed from");
        assertThat(source().find(1).orElseThrow().checksum()).isEqualTo(row.applied().checksum());
    }

    @Test
    void theNewMigrationHasTheLineEndingsOfTheEditedFileThroughout() throws Exception {
        String edited = (APPLIED + "ALTER TABLE users\n    ADD name TEXT;\n").replace("\n", "\r\n");
        StatusRow row = drifted("0001_users.sql", edited);

        plan(row, journal()).apply(null);

        String moved = Files.readString(migrations().resolve("0002_amend_users.sql"));
        assertThat(moved).endsWith("\r\nALTER TABLE users\r\n    ADD name TEXT;\r\n");
        assertThat(moved.replace("\r\n", "")).doesNotContain("\n", "\r");
        assertThat(MoveEditToNewMigration.lineEndingsOf("a\n", "b\r\nc\n")).isEqualTo("b\nc\n");
    }

    @Test
    void aChangedStatementIsNeverRunAgainBothFormsAreKeptAsComments() throws Exception {
        StatusRow row = drifted("0001_users.sql", APPLIED.replace("(id INTEGER)", "(id BIGINT)")
                .replace("CREATE INDEX users_id ON users (id);\n", ""));

        FileRepair repair = plan(row, journal());
        repair.apply(null);

        String moved = Files.readString(migrations().resolve("0002_amend_users.sql"));
        assertThat(moved).doesNotContain("\nCREATE TABLE users (id BIGINT);")
                .contains("\n-- changed in 0001_users.sql after it was applied; the database ran the first form, so the "
                        + "second\n-- would fail or repeat its effect as written:\n-- -- users\n-- CREATE TABLE users "
                        + "(id INTEGER);\n-- now:\n-- -- users\n-- CREATE TABLE users (id BIGINT);\n",
                        "\n-- removed from 0001_users.sql after it was applied (the database still has its effect):\n"
                                + "-- CREATE INDEX users_id ON users (id);\n");
    }

    @Test
    void aColumnAddedAgainWithAnotherDefaultIsAComment() throws Exception {
        String applied = "ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'pending';\n";
        StatusRow row = driftedFrom(applied, "0001_status.sql",
                applied.replace("'pending'", "'paid'") + "CREATE INDEX orders_status ON orders (status);\n");

        planner.plan(row, AppliedText.journal(applied, Path.of("journal/1.sql")), reader, source(), null,
                NewMigration.Versioning.INFERRED).apply(null);

        String moved = Files.readString(migrations().resolve("0002_amend_status.sql"));
        assertThat(moved).contains("\nCREATE INDEX orders_status ON orders (status);\n",
                "-- ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'paid';\n");
        assertThat(moved.lines().filter(line -> !line.startsWith("--") && line.contains("ADD COLUMN"))).isEmpty();
    }

    @Test
    void aReversibleFolderWithTimestampsGetsAPairWhoseDownFileIsLeftToBeWritten() throws Exception {
        Files.writeString(migrations().resolve("20240101000000_users.down.sql"), "DROP TABLE users;\n");
        StatusRow row = drifted("20240101000000_users.up.sql", APPLIED + "ALTER TABLE users ADD name TEXT;\n");
        String[] names = {"20240601120000_amend_users.up.sql", "20240601120000_amend_users.down.sql"};

        plan(row, journal()).apply(null);

        assertThat(migrations().resolve(names[0])).content().endsWith("\nALTER TABLE users ADD name TEXT;\n");
        assertThat(migrations().resolve(names[1])).content().contains("must be written by hand");
        assertThat(source().migrations()).extracting(Migration::type)
                .containsExactly(MigrationType.REVERSIBLE, MigrationType.REVERSIBLE);
    }

    @Test
    void aNoTransactionFileKeepsTheDirectiveFirstInTheNewMigration() throws Exception {
        String applied = "-- no-transaction\nCREATE INDEX CONCURRENTLY a ON t (a);\n";
        Files.writeString(migrations().resolve("0001_idx.sql"), "-- no-transaction\nCREATE INDEX CONCURRENTLY b ON t (b);\n");
        Migration migration = source().find(1).orElseThrow();
        StatusRow row = new StatusRow(1, "idx", MigrationStatus.DRIFTED, false, migration, new AppliedMigration(1,
                "idx", Instant.EPOCH, true, reader.checksumOf(applied), 1));

        planner.plan(row, AppliedText.journal(applied, Path.of("j")), reader, source(), null,
                NewMigration.Versioning.INFERRED).apply(null);

        String moved = Files.readString(migrations().resolve("0002_amend_idx.sql"));
        assertThat(moved).startsWith("-- no-transaction\n-- Moved from 0001_idx.sql")
                .contains("\nCREATE INDEX CONCURRENTLY b ON t (b);\n", "-- CREATE INDEX CONCURRENTLY a ON t (a);");
        assertThat(moved.indexOf("-- no-transaction")).isEqualTo(moved.lastIndexOf("-- no-transaction"));
    }

    @Test
    void aChangeOfCommentsAndWhitespaceOnlyIsRefusedAsNothingToMove() throws Exception {
        StatusRow row = drifted("0001_users.sql", "-- other words\ncreate table users (id integer);\n\n"
                + "CREATE INDEX users_id ON users (id);\r\n");

        assertThatThrownBy(() -> plan(row, journal())).isInstanceOf(MigrateException.class)
                .hasMessage("nothing to move from 0001_users.sql: its statements are the ones the database ran; only "
                        + "comments, whitespace or line endings changed");
        assertThat(Files.list(migrations())).hasSize(1);
    }

    @Test
    void anUnknownAppliedTextOrATextWithAnotherChecksumIsRefused() throws Exception {
        StatusRow row = drifted("0001_users.sql", APPLIED + "DROP TABLE users;\n");

        assertThatThrownBy(() -> plan(row, null)).isInstanceOf(MigrateException.class)
                .hasMessageStartingWith("cannot move the edit of 0001_users.sql into a new migration: the text the "
                        + "database ran was not found");
        assertThatThrownBy(() -> plan(row, AppliedText.reconstructed("SELECT 1;\n", "a guess")))
                .isInstanceOf(MigrateException.class).hasMessageStartingWith("refused to restore migration 1");
        assertThat(Files.list(migrations())).hasSize(1);
    }

    @Test
    void aNewFileThatAppearedAfterThePlanIsNeverOverwrittenAndTheRestoreIsRolledBack() throws Exception {
        String edited = APPLIED + "DROP TABLE users;\n";
        StatusRow row = drifted("0001_users.sql", edited);
        FileRepair repair = plan(row, journal());
        Path taken = migrations().resolve("0002_amend_users.sql");
        Files.writeString(taken, "-- a colleague's\n");

        assertThatThrownBy(() -> repair.apply(null)).isInstanceOf(IOException.class);

        assertThat(taken).hasContent("-- a colleague's\n");
        assertThat(Files.readAllBytes(migrations().resolve("0001_users.sql")))
                .isEqualTo(edited.getBytes(StandardCharsets.UTF_8));
        assertThat(repair.edits().get(1).before()).isEmpty();
    }
}
