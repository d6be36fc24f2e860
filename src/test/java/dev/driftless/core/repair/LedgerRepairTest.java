package dev.driftless.core.repair;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.Refusal;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each repair and its undo on real SQLite files and a real PostgreSQL: undo leaves every byte as it was. */
class LedgerRepairTest {
    @TempDir
    Path folder;

    private RepairFixture fixture;

    private void setUp(TestDatabase database) throws Exception {
        fixture = new RepairFixture(database, folder);
    }

    @AfterEach
    void close() throws Exception {
        if (fixture != null) {
            fixture.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void restampAcceptsTheChangedFileAndUndoRestoresTheOldChecksum(TestDatabase database) throws Exception {
        setUp(database);
        List<String> original = fixture.ledger();
        fixture.write("1_create_users.sql", "CREATE TABLE users (id INTEGER, name TEXT);\n");

        LedgerRepair restamp = fixture.plan(RepairKind.RESTAMP, 1);
        restamp.apply(fixture.connection);

        assertThat(status(1)).isEqualTo(MigrationStatus.APPLIED);
        List<String> repaired = fixture.ledger();
        assertThat(repaired.get(0)).isNotEqualTo(original.get(0));
        assertThat(repaired.get(1)).isEqualTo(original.get(1));
        restamp.undo(fixture.connection);
        assertThat(fixture.ledger()).isEqualTo(original);
        assertThat(status(1)).isEqualTo(MigrationStatus.DRIFTED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void forgetDeletesAMissingMigrationsRowAndUndoPutsItBackExactly(TestDatabase database) throws Exception {
        setUp(database);
        List<String> original = fixture.ledger();
        fixture.delete("2_create_orders.sql");

        LedgerRepair forget = fixture.plan(RepairKind.FORGET, 2);
        forget.apply(fixture.connection);

        assertThat(fixture.ledger()).containsExactly(original.get(0));
        forget.undo(fixture.connection);
        assertThat(fixture.ledger()).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void clearFailedDeletesTheFailedRowAndUndoPutsItBackExactly(TestDatabase database) throws Exception {
        setUp(database);
        fixture.execute("UPDATE _sqlx_migrations SET success = (1 = 0), execution_time = 1234567 WHERE version = 2");
        List<String> failed = fixture.ledger();

        LedgerRepair clear = fixture.plan(RepairKind.CLEAR_FAILED, 2);
        clear.apply(fixture.connection);

        assertThat(status(2)).isEqualTo(MigrationStatus.PENDING);
        clear.undo(fixture.connection);
        assertThat(fixture.ledger()).isEqualTo(failed);
        assertThat(status(2)).isEqualTo(MigrationStatus.FAILED);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void eachRepairIsRefusedOnAMigrationOfAnotherStatusNamingTheOneThatFits(TestDatabase database) throws Exception {
        setUp(database);
        List<String> original = fixture.ledger();
        fixture.delete("2_create_orders.sql");

        assertThatThrownBy(() -> fixture.plan(RepairKind.RESTAMP, 1)).isInstanceOf(MigrateException.class)
                .hasMessage("cannot accept the changed file of migration 1: it is applied, and restamp is only for "
                        + "drifted migrations")
                .extracting(failure -> ((MigrateException) failure).refusal().orElseThrow())
                .isEqualTo(new Refusal.RepairDoesNotFit(1, "restamp", "accept the changed file of migration 1",
                        MigrationStatus.APPLIED, MigrationStatus.DRIFTED));
        assertThatThrownBy(() -> fixture.plan(RepairKind.FORGET, 1))
                .hasMessageContaining("it is applied, and forget is only for missing migrations");
        assertThatThrownBy(() -> fixture.plan(RepairKind.CLEAR_FAILED, 2))
                .hasMessageContaining("it is missing, and clear-failed is only for failed migrations")
                .extracting(failure -> ((MigrateException) failure).refusal().orElseThrow())
                .isEqualTo(new Refusal.RepairDoesNotFit(2, "clear-failed", "clear the failed row of migration 2",
                        MigrationStatus.MISSING, MigrationStatus.FAILED));
        assertThatThrownBy(() -> fixture.plan(RepairKind.FORGET, 7))
                .hasMessageStartingWith("migration 7 is neither in the ledger _sqlx_migrations nor in ");
        assertThat(fixture.ledger()).isEqualTo(original);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void applyRefusesWhenTheRowChangedAfterThePreview(TestDatabase database) throws Exception {
        setUp(database);
        fixture.delete("2_create_orders.sql");
        LedgerRepair forget = fixture.plan(RepairKind.FORGET, 2);
        fixture.execute("UPDATE _sqlx_migrations SET execution_time = 42 WHERE version = 2");
        List<String> changed = fixture.ledger();

        assertThatThrownBy(() -> forget.apply(fixture.connection))
                .hasMessage("the ledger row of migration 2 changed since this repair was prepared; nothing was changed");
        assertThat(fixture.ledger()).isEqualTo(changed);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void previewShowsTheExactStatementsWithTheirValues(TestDatabase database) throws Exception {
        setUp(database);
        fixture.write("1_create_users.sql", "-- Add migration script here\n");
        LedgerRepair restamp = fixture.plan(RepairKind.RESTAMP, 1);
        String checksum = "ff95923ef9afbcc89efe330243d1754c4719be221420d411481e688ede306676"
                + "fa9729ff84319a52d2331096e736b892";
        String literal = database == TestDatabase.POSTGRES ? "'\\x" + checksum + "'::bytea" : "X'" + checksum + "'";

        assertThat(restamp.preview())
                .containsExactly("UPDATE _sqlx_migrations SET checksum = " + literal + " WHERE version = 1");
        assertThat(restamp.undoPreview()).singleElement().asString()
                .startsWith("UPDATE _sqlx_migrations SET checksum = ").endsWith(" WHERE version = 1");
        assertThat(restamp.description()).isEqualTo("accept the changed file of migration 1 (create users): checksum "
                + restamp.before().checksum().shortHex() + "… becomes ff95923ef9af…");

        fixture.delete("2_create_orders.sql");
        LedgerRepair forget = fixture.plan(RepairKind.FORGET, 2);
        assertThat(forget.preview()).containsExactly("DELETE FROM _sqlx_migrations WHERE version = 2");
        assertThat(forget.undoPreview()).singleElement().asString().startsWith("INSERT INTO _sqlx_migrations "
                + "(version, description, installed_on, success, checksum, execution_time) VALUES (2, 'create orders', '");
    }

    private MigrationStatus status(long version) throws MigrateException {
        return fixture.project().migrator(fixture.url, Duration.ofSeconds(1))
                .status(fixture.connection, fixture.project().readMigrations()).stream()
                .filter(row -> row.version() == version).map(StatusRow::status).findFirst().orElseThrow();
    }
}
