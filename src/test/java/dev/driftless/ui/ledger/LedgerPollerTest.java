package dev.driftless.ui.ledger;

import dev.driftless.core.ledger.Ledger;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.testing.TestPostgres;
import dev.driftless.ui.task.BackgroundExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The poller against real databases. A single-thread executor stands in for the FX thread: the
 * poller is started, stopped and read on it, exactly as the window does on the real one.
 */
class LedgerPollerTest {
    private static final Duration DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    private final ExecutorService uiThread = Executors.newSingleThreadExecutor();
    private final BackgroundExecutor executor = new BackgroundExecutor() {
        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess,
                               Consumer<Throwable> onFailure) {
            throw new UnsupportedOperationException("the poller runs its own thread");
        }

        @Override
        public void onUiThread(Runnable update) {
            uiThread.execute(update);
        }
    };
    private final AtomicInteger changes = new AtomicInteger();
    private final LedgerPoller poller = new LedgerPoller(executor, Clock.systemUTC(), Duration.ofMillis(100),
            Duration.ofMillis(400), changes::incrementAndGet);

    @AfterEach
    void stop() throws Exception {
        onUi(() -> {
            poller.stop();
            return null;
        });
        uiThread.shutdown();
    }

    @Test
    void aRowInsertedByAnotherConnectionTriggersTheCallback() throws Exception {
        DatabaseUrl url = sqliteWithLedger();
        start(url);
        awaitState(LedgerPoller.State.LIVE);
        int before = changes.get();

        insertRow(url, 1);

        await("callback after the insert", () -> changes.get() > before);
        assertThat(onUi(() -> poller.lastPollProperty().get())).isNotNull();
    }

    @Test
    void nothingChangedMeansNoCallback() throws Exception {
        DatabaseUrl url = sqliteWithLedger();
        start(url);
        awaitState(LedgerPoller.State.LIVE);

        Thread.sleep(500); // several polls

        assertThat(changes.get()).isZero();
    }

    @Test
    void aDeletedSqliteFileIsUnreachableUntilItComesBack() throws Exception {
        DatabaseUrl url = sqliteWithLedger();
        Path file = url.sqliteFile().orElseThrow();
        Path backup = folder.resolve("backup.db");
        Files.copy(file, backup);
        start(url);
        awaitState(LedgerPoller.State.LIVE);

        Files.delete(file);
        awaitState(LedgerPoller.State.UNREACHABLE);
        assertThat(onUi(() -> poller.lastErrorProperty().get())).contains("does not exist");
        int before = changes.get();

        Files.copy(backup, file);
        awaitState(LedgerPoller.State.LIVE);
        assertThat(changes.get()).as("the window re-reads a database that came back").isGreaterThan(before);
        assertThat(onUi(() -> poller.lastErrorProperty().get())).isNull();
    }

    @Test
    void aDroppedPostgresDatabaseIsUnreachableUntilItIsCreatedAgain() throws Exception {
        String name = TestPostgres.createDatabase();
        DatabaseUrl url = DatabaseUrl.parse(TestPostgres.url(name));
        start(url);
        awaitState(LedgerPoller.State.LIVE);

        admin("DROP DATABASE " + name + " WITH (FORCE)");
        awaitState(LedgerPoller.State.UNREACHABLE);
        assertThat(onUi(() -> poller.lastErrorProperty().get())).doesNotContain("postgres:postgres");

        admin("CREATE DATABASE " + name);
        awaitState(LedgerPoller.State.LIVE);
    }

    @Test
    void stoppingTurnsThePollerOff() throws Exception {
        start(sqliteWithLedger());
        awaitState(LedgerPoller.State.LIVE);

        onUi(() -> {
            poller.stop();
            return null;
        });

        Thread.sleep(300); // a poll in flight must not turn it back on
        assertThat(onUi(() -> poller.stateProperty().get())).isEqualTo(LedgerPoller.State.OFF);
    }

    private DatabaseUrl sqliteWithLedger() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://" + folder.resolve("app.db") + "?mode=rwc");
        try (Connection connection = url.connect()) {
            new Ledger(Dialects.forUrl(url), LedgerTable.DEFAULT).ensure(connection, List.of());
        }
        return url;
    }

    private void start(DatabaseUrl url) throws Exception {
        onUi(() -> {
            poller.start(url, LedgerTable.DEFAULT);
            return null;
        });
    }

    private static void insertRow(DatabaseUrl url, long version) throws SQLException {
        try (Connection other = url.connect(); PreparedStatement insert = other.prepareStatement(
                "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
                        + "VALUES (?, 'row', TRUE, ?, -1)")) {
            insert.setLong(1, version);
            insert.setBytes(2, new byte[48]);
            insert.executeUpdate();
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection admin = TestPostgres.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute(sql);
        }
    }

    private <T> T onUi(Callable<T> read) throws Exception {
        return uiThread.submit(read).get();
    }

    private void awaitState(LedgerPoller.State expected) throws Exception {
        await("state " + expected, () -> onUi(() -> poller.stateProperty().get()) == expected);
    }

    private static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.call()) {
            assertThat(System.nanoTime()).as("waited for " + what).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
