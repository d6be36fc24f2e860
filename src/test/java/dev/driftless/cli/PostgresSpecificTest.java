package dev.driftless.cli;

import dev.driftless.db.PostgresDialect;
import dev.driftless.testing.TestFolders;
import dev.driftless.testing.TestPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** What only PostgreSQL has: the advisory lock, CREATE DATABASE outside a transaction, schemas. */
class PostgresSpecificTest {
    @TempDir
    Path project;

    private String database;
    private String url;

    @BeforeEach
    void freshDatabase() {
        database = TestPostgres.createDatabase();
        url = TestPostgres.url(database);
    }

    @Test
    void lockKeyMatchesSqlxFormula() {
        assertThat(PostgresDialect.lockKey("postgres")).isEqualTo(368907709894077238L);
    }

    @Test
    void createDatabaseRunsInANoTransactionMigration() throws Exception {
        String created = database + "_made";
        migration("1_make_database.sql", "-- no-transaction\nCREATE DATABASE " + created + ";\n");

        CliRun run = cli("migrate", "run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Connection admin = TestPostgres.connect("postgres"); Statement statement = admin.createStatement();
             ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + created + "'")) {
            assertThat(exists.next()).isTrue();
        }
    }

    @Test
    void runWaitsForTheAdvisoryLockNamingTheHolderThenSucceeds() throws Exception {
        migration("1_first.sql", "CREATE TABLE first (id INTEGER);");
        try (Connection holder = TestPostgres.connect(database)) {
            int holderPid = lock(holder);
            CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> cli("migrate", "run"));
            Thread.sleep(1500);
            assertThat(run).as("the run waits while the lock is held").isNotDone();
            unlock(holder);
            CliRun finished = run.get(30, TimeUnit.SECONDS);
            assertThat(finished.exitCode()).as(finished.err()).isZero();
            assertThat(finished.err()).contains("waiting for the migration lock held by PostgreSQL backend pid " + holderPid);
            assertThat(finished.out()).startsWith("Applied 1/migrate first");
        }
    }

    @Test
    void runGivesUpAfterTheLockTimeoutWithAClearError() throws Exception {
        migration("1_first.sql", "CREATE TABLE first (id INTEGER);");
        try (Connection holder = TestPostgres.connect(database)) {
            int holderPid = lock(holder);
            CliRun run = cli("migrate", "run", "--lock-timeout", "1");
            assertThat(run.exitCode()).isOne();
            assertThat(run.err()).contains("error: timed out after 1 s waiting for the migration lock held by "
                    + "PostgreSQL backend pid " + holderPid);
        }
        assertThat(advisoryLocksHeld()).isZero();
    }

    @Test
    void lockIsReleasedWhenAMigrationFails() throws Exception {
        migration("1_broken.sql", "SELECT * FROM nowhere;");
        CliRun run = cli("migrate", "run");
        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).contains("(SQLSTATE 42P01)");
        assertThat(advisoryLocksHeld()).isZero();
    }

    @Test
    void aMigrationWhoseConnectionIsTerminatedReportsTheDatabasesErrorNotTheCleanUps() throws Exception {
        migration("1_first.sql", "CREATE TABLE first (id INTEGER);");
        migration("2_suicide.sql", "SELECT pg_terminate_backend(pg_backend_pid());");

        CliRun run = cli("migrate", "run");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).contains("error: while executing migration 2: ")
                .contains("terminating connection due to administrator command (SQLSTATE 57P01)")
                .contains("2_suicide.sql")
                .doesNotContain("could not record").doesNotContain("has been closed");
        assertThat(ledgerVersions()).containsExactly(1L);
    }

    @Test
    void aMigrationTerminatedFromAnotherSessionReportsTheDatabasesError() throws Exception {
        migration("1_slow.sql", "CREATE TABLE slow (id INTEGER);\nSELECT pg_sleep(5);\n");
        CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> cli("migrate", "run"));
        try (Connection admin = TestPostgres.connect(database)) {
            terminateWhenSleeping(admin);
        }

        CliRun finished = run.get(30, TimeUnit.SECONDS);

        assertThat(finished.exitCode()).isOne();
        assertThat(finished.err()).contains("error: while executing migration 1: ").contains("(SQLSTATE 57P01)")
                .contains("1_slow.sql").doesNotContain("could not record");
        assertThat(ledgerVersions()).isEmpty();
    }

    /** Waits (at most 10 s) for a backend running pg_sleep in the test database, then terminates it. */
    private void terminateWhenSleeping(Connection admin) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (PreparedStatement terminate = admin.prepareStatement("SELECT pg_terminate_backend(pid) FROM "
                + "pg_stat_activity WHERE datname = ? AND query LIKE '%pg_sleep%' AND pid <> pg_backend_pid()")) {
            terminate.setString(1, database);
            while (System.nanoTime() < deadline) {
                try (ResultSet terminated = terminate.executeQuery()) {
                    if (terminated.next()) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("the migration never started sleeping");
    }

    private List<Long> ledgerVersions() throws SQLException {
        List<Long> versions = new ArrayList<>();
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM _sqlx_migrations ORDER BY version")) {
            while (rows.next()) {
                versions.add(rows.getLong(1));
            }
        }
        return versions;
    }

    @Test
    void schemaQualifiedLedgerFromSqlxToml() throws Exception {
        Files.writeString(project.resolve("sqlx.toml"), """
                [migrate]
                table-name = "audit._sqlx_migrations"
                create-schemas = ["audit"]
                """);
        migration("1_first.sql", "CREATE TABLE first (id INTEGER);");

        CliRun run = cli("migrate", "run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version FROM audit._sqlx_migrations")) {
            assertThat(rows.next()).isTrue();
        }
    }

    @Test
    void unsafeTableNameIsRejectedBeforeTouchingTheDatabase() throws Exception {
        Files.writeString(project.resolve("sqlx.toml"), "[migrate]\ntable-name = \"x; DROP TABLE y\"\n");
        migration("1_first.sql", "SELECT 1;");
        CliRun run = cli("migrate", "run");
        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).contains("sqlx.toml").contains("table-name").contains("\"x; DROP TABLE y\" is not allowed");
    }

    @Test
    void passwordNeverAppearsInOutput() throws Exception {
        migration("1_first.sql", "SELECT 1;");
        String wrongPassword = "postgres://postgres:s3cr3t-Pa55@localhost:" + TestPostgres.server().getPort() + "/nosuchdb";
        CliRun failed = CliRun.in(project, "migrate", "info", "-D", wrongPassword);
        assertThat(failed.exitCode()).isOne();
        assertThat(failed.all()).contains("****").doesNotContain("s3cr3t-Pa55");

        CliRun json = cli("migrate", "info", "--format", "json");
        assertThat(json.out()).contains("\"database\" : \"postgres://postgres:****@localhost:")
                .doesNotContain(":postgres@");
    }

    private int lock(Connection holder) throws SQLException {
        try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?), pg_backend_pid()")) {
            lock.setLong(1, PostgresDialect.lockKey(database));
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                return result.getInt(2);
            }
        }
    }

    private void unlock(Connection holder) throws SQLException {
        try (PreparedStatement unlock = holder.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, PostgresDialect.lockKey(database));
            unlock.execute();
        }
    }

    private int advisoryLocksHeld() throws SQLException {
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")) {
            count.next();
            return count.getInt(1);
        }
    }

    private CliRun cli(String... args) {
        return CliRun.against(url, project, args);
    }

    private void migration(String name, String content) throws IOException {
        TestFolders.migration(project, name, content);
    }
}
