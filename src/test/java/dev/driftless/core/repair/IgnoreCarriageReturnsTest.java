package dev.driftless.core.repair;

import dev.driftless.core.engine.MigrationListener;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.project.IgnoreCarriageReturns;
import dev.driftless.project.Project;
import dev.driftless.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Set ignored-chars in sqlx.toml" on real SQLite files and a real PostgreSQL: the toml line and
 * the re-stamp of exactly the rows applied with carriage returns, together, undone together.
 */
class IgnoreCarriageReturnsTest {
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);

    @TempDir
    Path folder;

    private RepairFixture fixture;

    /** 1 and 2 applied with LF; 3 applied with CRLF; then 1 checked out with CRLF (line-endings drift). */
    private void setUp(TestDatabase database) throws Exception {
        fixture = new RepairFixture(database, folder);
        fixture.write("3_create_items.sql", "CREATE TABLE items (id INTEGER);\r\n");
        fixture.project().migrator(fixture.url, LOCK_TIMEOUT).run(fixture.connection, fixture.project().readMigrations(),
                RunOptions.DEFAULTS, MigrationListener.NONE);
        fixture.write("1_create_users.sql", "CREATE TABLE users (id INTEGER);\r\n");
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    private FileRepair plan() throws Exception {
        return IgnoreCarriageReturns.plan(fixture.project(), fixture.url, fixture.connection, LOCK_TIMEOUT);
    }

    private List<MigrationStatus> statuses() throws Exception {
        Project project = fixture.project(); // sqlx.toml read again, as sqlx would
        return project.migrator(fixture.url, LOCK_TIMEOUT).status(fixture.connection, project.readMigrations())
                .stream().map(StatusRow::status).toList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theTomlLineAndTheRestampOfTheCrlfRowLandTogetherAndAreUndoneTogetherAfterARestart(TestDatabase database)
            throws Exception {
        setUp(database);
        List<String> original = fixture.ledger();
        assertThat(statuses()).containsExactly(MigrationStatus.DRIFTED, MigrationStatus.APPLIED, MigrationStatus.APPLIED);

        FileRepair repair = plan();

        assertThat(repair.description()).isEqualTo("ignore \"\\r\" when hashing (sqlx.toml) and re-stamp migration 3, "
                + "applied with carriage returns");
        assertThat(repair.diff()).contains("+[migrate]", "+ignored-chars = [\"\\r\"]");
        assertThat(repair.sqlPreview()).singleElement().asString()
                .startsWith("UPDATE _sqlx_migrations SET checksum = ").endsWith(" WHERE version = 3");
        assertThat(folder.resolve("sqlx.toml")).doesNotExist();

        repair.apply(fixture.connection);
        FileRepairJournal journal = new FileRepairJournal(folder.resolve("file-repairs"));
        String identity = fixture.project().repairIdentity(fixture.url);
        journal.record(folder, identity, repair);

        assertThat(folder.resolve("sqlx.toml")).hasContent("[migrate]\nignored-chars = [\"\\r\"]\n");
        assertThat(statuses()).containsOnly(MigrationStatus.APPLIED);
        List<String> repaired = fixture.ledger();
        assertThat(repaired.get(0)).isEqualTo(original.get(0));
        assertThat(repaired.get(1)).isEqualTo(original.get(1));
        assertThat(repaired.get(2)).isNotEqualTo(original.get(2));

        FileRepairJournal.Entry entry = new FileRepairJournal(folder.resolve("file-repairs")).lastUndoable(folder)
                .orElseThrow();
        assertThat(entry.database()).contains(identity);
        entry.repair(fixture.project().migrator(fixture.url, LOCK_TIMEOUT).ledger(), LOCK_TIMEOUT)
                .undo(fixture.connection);

        assertThat(folder.resolve("sqlx.toml")).doesNotExist();
        assertThat(fixture.ledger()).isEqualTo(original);
        assertThat(statuses()).containsExactly(MigrationStatus.DRIFTED, MigrationStatus.APPLIED, MigrationStatus.APPLIED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whenTheLedgerPartIsRefusedSqlxTomlIsNotWritten(TestDatabase database) throws Exception {
        setUp(database);
        Files.writeString(folder.resolve("sqlx.toml"), "# mine\n");
        FileRepair repair = plan();
        fixture.execute("UPDATE _sqlx_migrations SET execution_time = 42 WHERE version = 3");
        List<String> changed = fixture.ledger();

        assertThatThrownBy(() -> repair.apply(fixture.connection))
                .hasMessage("the ledger row of migration 3 changed since this repair was prepared; nothing was changed");

        assertThat(folder.resolve("sqlx.toml")).hasContent("# mine\n");
        assertThat(fixture.ledger()).isEqualTo(changed);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void whenSqlxTomlChangedAfterThePlanTheRestampIsRolledBack(TestDatabase database) throws Exception {
        setUp(database);
        List<String> original = fixture.ledger();
        FileRepair repair = plan();
        Files.writeString(folder.resolve("sqlx.toml"), "# written meanwhile\n");

        assertThatThrownBy(() -> repair.apply(fixture.connection))
                .hasMessageContaining("sqlx.toml changed on disk since it was planned");

        assertThat(fixture.ledger()).isEqualTo(original);
        assertThat(folder.resolve("sqlx.toml")).hasContent("# written meanwhile\n");
    }
}
