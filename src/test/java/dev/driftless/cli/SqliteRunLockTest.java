package dev.driftless.cli;

import dev.driftless.core.ledger.LockWaitListener;
import dev.driftless.core.ledger.MigrationLock;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.SqliteDialect;
import dev.driftless.testing.TestFolders;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runs on one SQLite file (sqlx takes no lock there): one waits for the other's lock, held
 * across no-transaction migrations too, so every migration body runs exactly once; a run that
 * waits too long says who holds the lock.
 */
class SqliteRunLockTest {
    /** Enough rows that a migration takes a noticeable time, so that two runs overlap. */
    private static final int SLOW_ROWS = 10_000_000;

    @TempDir
    Path project;

    private Path database;
    private String url;

    @BeforeEach
    void databaseWithACounterOfMigrationBodies() throws Exception {
        database = project.resolve("app.db");
        url = "sqlite://" + database + "?mode=rwc";
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE runs (version INTEGER)");
        }
        for (int version = 1; version <= 3; version++) {
            // No transaction: nothing but the lock stops a second run from running the body again.
            migration(version + "_slow_" + version + ".sql", "-- no-transaction\nINSERT INTO runs VALUES (" + version
                    + ");\nWITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < " + SLOW_ROWS
                    + ") SELECT count(*) FROM c;\n");
        }
    }

    @Test
    void twoConcurrentRunsInOneProcessRunEachMigrationBodyOnce() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<CliRun>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                return cli("migrate", "run");
            }));
        }
        start.countDown();
        List<CliRun> finished = new ArrayList<>();
        for (CompletableFuture<CliRun> run : runs) {
            finished.add(run.get(120, TimeUnit.SECONDS));
        }

        assertThat(finished).allSatisfy(run -> assertThat(run.exitCode()).as(run.err()).isZero());
        assertThat(bodiesRun()).containsExactly(1, 2, 3);
        assertThat(finished.get(0).out() + finished.get(1).out())
                .containsOnlyOnce("Applied 1/").containsOnlyOnce("Applied 2/").containsOnlyOnce("Applied 3/");
        assertThat(finished.get(0).err() + finished.get(1).err())
                .contains("waiting for the migration lock held by another run in this Driftless process (pid "
                        + ProcessHandle.current().pid() + ")");
    }

    @Test
    void aRunInAnotherProcessHoldsTheLockTheOtherTimesOutNamingItOrWaitsAndFindsNothingToDo() throws Exception {
        Process other = startCliProcess("migrate", "run");
        try {
            awaitHolderWritten();

            CliRun impatient = cli("migrate", "run", "--lock-timeout", "1");
            CliRun patient = cli("migrate", "run");

            assertThat(other.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).as(new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isZero();
            assertThat(impatient.exitCode()).isOne();
            assertThat(impatient.err()).contains("error: timed out after 1 s waiting for the migration lock held by "
                    + "Driftless process " + other.pid() + " on ").contains("hint: ").contains("--lock-timeout");
            assertThat(patient.exitCode()).as(patient.err()).isZero();
            assertThat(patient.err()).contains("waiting for the migration lock held by Driftless process " + other.pid());
            assertThat(patient.out()).as("the other process applied everything").isEmpty();
            assertThat(bodiesRun()).containsExactly(1, 2, 3);
        } finally {
            other.destroy();
        }
    }

    @Test
    void aLedgerRepairWaitsForTheSameLock() throws Exception {
        for (int version = 1; version <= 3; version++) {
            migration(version + "_slow_" + version + ".sql", "SELECT " + version + ";\n"); // no need to be slow here
        }
        assertThat(cli("migrate", "run").exitCode()).isZero();
        Files.delete(project.resolve("migrations/3_slow_3.sql"));
        try (Connection holder = connect();
             MigrationLock held = new SqliteDialect().lock(holder, Duration.ZERO, LockWaitListener.NONE)) {
            CliRun forget = cli("ledger", "forget", "3", "--yes", "--repair-journal", "journal", "--lock-timeout", "1");

            assertThat(forget.exitCode()).isOne();
            assertThat(forget.err()).contains("error: cannot forget the missing migration 3 while a migration run "
                    + "holds the lock: timed out after 1 s waiting for the migration lock held by another run in this "
                    + "Driftless process");
        }
        assertThat(cli("ledger", "forget", "3", "--yes", "--repair-journal", "journal").exitCode()).isZero();
    }

    @Test
    void anInMemoryDatabaseTakesNoLockFile() throws Exception {
        try (Connection memory = DatabaseUrl.parse("sqlite::memory:").connect();
             MigrationLock lock = new SqliteDialect().lock(memory, Duration.ZERO, LockWaitListener.NONE)) {
            assertThat(lock).isSameAs(MigrationLock.NONE);
        }
    }

    private Process startCliProcess(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.driftless.Main"));
        command.addAll(List.of(args));
        command.addAll(List.of("-D", url));
        return new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
    }

    /** The other process writes its name into the lock file once it holds the lock. */
    private void awaitHolderWritten() throws IOException, InterruptedException {
        Path lockFile = project.resolve("app.db-driftless.lock");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(lockFile) && Files.size(lockFile) > 0) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the other process never took the lock");
    }

    private List<Integer> bodiesRun() throws SQLException {
        List<Integer> versions = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM runs ORDER BY version")) {
            while (rows.next()) {
                versions.add(rows.getInt(1));
            }
        }
        return versions;
    }

    private Connection connect() throws SQLException {
        return DatabaseUrl.parse(url).connect();
    }

    private CliRun cli(String... args) {
        return CliRun.against(url, project, args);
    }

    private void migration(String name, String content) throws IOException {
        TestFolders.migration(project, name, content);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
