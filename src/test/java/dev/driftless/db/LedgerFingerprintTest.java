package dev.driftless.db;

import dev.driftless.core.ledger.Ledger;
import dev.driftless.core.ledger.LedgerDialect;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.testing.LedgerRows;
import dev.driftless.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger fingerprint on real databases: the poller's connection sees other connections' writes. */
class LedgerFingerprintTest {
    @TempDir
    Path folder;

    private DatabaseUrl url;
    private LedgerDialect dialect;

    private Connection open(TestDatabase database) throws SQLException {
        url = DatabaseUrl.parse(database.freshUrl(folder));
        dialect = Dialects.forUrl(url);
        return url.connect();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aMissingLedgerIsAbsentUntilAnotherConnectionCreatesIt(TestDatabase database) throws SQLException {
        try (Connection poller = open(database)) {
            assertThat(fingerprint(poller)).isEqualTo(LedgerDialect.ABSENT_LEDGER);

            createLedger();

            assertThat(fingerprint(poller)).isNotEqualTo(LedgerDialect.ABSENT_LEDGER);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void staysTheSameWhileNothingChanges(TestDatabase database) throws SQLException {
        try (Connection poller = open(database)) {
            createLedger();
            LedgerRows.insertByAnotherConnection(url, 1);
            String before = fingerprint(poller);

            assertThat(fingerprint(poller)).isEqualTo(before);
            assertThat(fingerprint(poller)).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void changesWhenAnotherConnectionInsertsUpdatesOrDeletes(TestDatabase database) throws SQLException {
        try (Connection poller = open(database)) {
            createLedger();
            LedgerRows.insertByAnotherConnection(url, 1);
            String initial = fingerprint(poller);

            LedgerRows.insertByAnotherConnection(url, 2);
            String afterInsert = fingerprint(poller);
            execute("UPDATE _sqlx_migrations SET execution_time = 42 WHERE version = 2");
            String afterUpdate = fingerprint(poller);
            execute("DELETE FROM _sqlx_migrations WHERE version = 1");
            String afterDelete = fingerprint(poller);

            assertThat(List.of(initial, afterInsert, afterUpdate, afterDelete)).doesNotHaveDuplicates();
        }
    }

    private String fingerprint(Connection poller) throws SQLException {
        return dialect.ledgerFingerprint(poller, LedgerTable.DEFAULT);
    }

    private void createLedger() throws SQLException {
        try (Connection other = url.connect()) {
            new Ledger(dialect, LedgerTable.DEFAULT).ensure(other, List.of());
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection other = url.connect(); Statement statement = other.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
