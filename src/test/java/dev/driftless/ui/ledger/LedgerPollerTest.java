package dev.driftless.ui.ledger;

import dev.driftless.core.ledger.Ledger;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.db.SqliteUrl;
import dev.driftless.testing.LedgerRows;
import dev.driftless.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poller against real databases. A single-thread executor stands in for the FX thread: the
 * poller is started, stopped and read on it, exactly as the window does on the real one.
 */
class LedgerPollerTest {
    @TempDir
    Path folder;

    private final SingleThreadUi ui = new SingleThreadUi();
    private final AtomicInteger changes = new AtomicInteger();
    private final LedgerPoller poller = new LedgerPoller(ui, Clock.systemUTC(), Duration.ofMillis(100),
            Duration.ofMillis(400), changes::incrementAndGet);

    @AfterEach
    void stop() throws Exception {
        ui.run(poller::stop);
        ui.close();
    }

    @Test
    void aRowInsertedByAnotherConnectionTriggersTheCallback() throws Exception {
        DatabaseUrl url = sqliteWithLedger();
        start(url);
        awaitState(LedgerPoller.State.LIVE);
        int before = changes.get();

        LedgerRows.insertByAnotherConnection(url, 1);

        ui.await("callback after the insert", () -> changes.get() > before);
        assertThat(poller.lastPoll()).isNotNull();
    }

    @Test
    void nothingChangedMeansNoCallbackAndNoTripToTheUiThread() throws Exception {
        DatabaseUrl url = sqliteWithLedger();
        start(url);
        awaitState(LedgerPoller.State.LIVE);
        Instant live = poller.lastPoll();
        int hops = ui.hops();

        Thread.sleep(500); // several polls

        assertThat(changes.get()).isZero();
        assertThat(ui.hops()).as("trips to the UI thread while nothing changed").isEqualTo(hops);
        assertThat(poller.lastPoll()).isAfter(live);
    }

    @Test
    void aDeletedSqliteFileIsUnreachableUntilItComesBack() throws Exception {
        DatabaseUrl url = sqliteWithLedger();
        Path file = ((SqliteUrl) url).file().orElseThrow();
        Path backup = folder.resolve("backup.db");
        Files.copy(file, backup);
        start(url);
        awaitState(LedgerPoller.State.LIVE);

        Files.delete(file);
        awaitState(LedgerPoller.State.UNREACHABLE);
        assertThat(ui.call(() -> poller.lastErrorProperty().get())).contains("does not exist");
        int before = changes.get();

        Files.copy(backup, file);
        awaitState(LedgerPoller.State.LIVE);
        assertThat(changes.get()).as("the window re-reads a database that came back").isGreaterThan(before);
        assertThat(ui.call(() -> poller.lastErrorProperty().get())).isNull();
    }

    @Test
    void aDroppedPostgresDatabaseIsUnreachableUntilItIsCreatedAgain() throws Exception {
        String name = TestPostgres.createDatabase();
        DatabaseUrl url = DatabaseUrl.parse(TestPostgres.url(name));
        start(url);
        awaitState(LedgerPoller.State.LIVE);

        admin("DROP DATABASE " + name + " WITH (FORCE)");
        awaitState(LedgerPoller.State.UNREACHABLE);
        assertThat(ui.call(() -> poller.lastErrorProperty().get())).isNotBlank();

        admin("CREATE DATABASE " + name);
        awaitState(LedgerPoller.State.LIVE);
    }

    @Test
    void stoppingTurnsThePollerOff() throws Exception {
        start(sqliteWithLedger());
        awaitState(LedgerPoller.State.LIVE);

        ui.run(poller::stop);

        Thread.sleep(300); // a poll in flight must not turn it back on
        assertThat(ui.call(() -> poller.stateProperty().get())).isEqualTo(LedgerPoller.State.OFF);
    }

    private DatabaseUrl sqliteWithLedger() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://" + folder.resolve("app.db") + "?mode=rwc");
        try (Connection connection = url.connect()) {
            new Ledger(Dialects.forUrl(url), LedgerTable.DEFAULT).ensure(connection, List.of());
        }
        return url;
    }

    private void start(DatabaseUrl url) throws Exception {
        ui.run(() -> poller.start(url, LedgerTable.DEFAULT));
    }

    private static void admin(String sql) throws SQLException {
        try (Connection admin = TestPostgres.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private void awaitState(LedgerPoller.State expected) throws Exception {
        ui.await("state " + expected, () -> poller.stateProperty().get() == expected);
    }
}
