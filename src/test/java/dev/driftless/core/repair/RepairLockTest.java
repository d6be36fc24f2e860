package dev.driftless.core.repair;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.db.PostgresDialect;
import dev.driftless.testing.TestDatabase;
import dev.driftless.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A repair never edits the ledger under a migration run that holds PostgreSQL's advisory lock. */
class RepairLockTest {
    @TempDir
    Path folder;

    @Test
    void repairIsRefusedWhileAnotherSessionHoldsTheMigrationLockNamingItsPid() throws Exception {
        try (RepairFixture fixture = new RepairFixture(TestDatabase.POSTGRES, folder);
             Connection holder = TestPostgres.connect(fixture.url.databaseName())) {
            fixture.delete("2_create_orders.sql");
            List<String> original = fixture.ledger();
            LedgerRepair forget = fixture.planner(Duration.ZERO)
                    .plan(fixture.connection, fixture.project().readMigrations(), RepairKind.FORGET, 2);
            int holderPid = lock(holder, fixture.url.databaseName());

            assertThatThrownBy(() -> forget.apply(fixture.connection)).isInstanceOf(MigrateException.class)
                    .hasMessageStartingWith("cannot forget the missing migration 2 while a migration run holds the lock")
                    .hasMessageContaining("held by PostgreSQL backend pid " + holderPid);
            assertThat(fixture.ledger()).isEqualTo(original);
        }
    }

    private static int lock(Connection holder, String database) throws Exception {
        try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?), pg_backend_pid()")) {
            lock.setLong(1, PostgresDialect.lockKey(database));
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getInt(2);
            }
        }
    }
}
