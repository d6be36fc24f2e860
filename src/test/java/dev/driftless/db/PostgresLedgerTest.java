package dev.driftless.db;

import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.ledger.Ledger;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.source.Checksums;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationType;
import dev.driftless.testing.TestPostgres;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's bookkeeping on PostgreSQL, where the execution_time UPDATE commits without waiting for the disk. */
class PostgresLedgerTest {
    private final Ledger ledger = new Ledger(new PostgresDialect(), LedgerTable.DEFAULT);

    @Test
    void executionTimeIsRecordedAndTheSessionKeepsItsCommitMode() throws Exception {
        String sql = "CREATE TABLE widgets (id INTEGER);";
        Migration migration = new Migration(1, "widgets", MigrationType.SIMPLE, Path.of("1_widgets.sql"), null,
                Checksums.sha384(sql.getBytes(StandardCharsets.UTF_8)), false);
        try (Connection connection = TestPostgres.connect(TestPostgres.createDatabase());
             Statement statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit = local");
            ledger.ensure(connection, List.of());

            long elapsed = ledger.apply(connection, migration, sql);

            assertThat(ledger.readAll(connection)).extracting(AppliedMigration::executionTimeNanos).containsExactly(elapsed);
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(synchronousCommit(statement)).as("SET LOCAL ends with its transaction").isEqualTo("local");
        }
    }

    private static String synchronousCommit(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("SHOW synchronous_commit")) {
            result.next();
            return result.getString(1);
        }
    }
}
