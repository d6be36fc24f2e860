package dev.driftless.cli;

import dev.driftless.core.source.Checksums;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.testing.TestDatabase;
import dev.driftless.testing.TestFolders;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interop contract (shared/spec/sqlx-compat.md) on real SQLite files and a real PostgreSQL,
 * driven through the command line exactly as a user would.
 */
class MigrateContractTest {
    @TempDir
    Path project;

    private String url;

    private void setUp(TestDatabase database) {
        url = database.freshUrl(project);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void runAppliesPendingMigrationsAndPrintsLikeSqlx(TestDatabase database) throws Exception {
        setUp(database);
        migration("20230101000000_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);");
        migration("20230102000000_add_orders.up.sql", "CREATE TABLE orders (id INTEGER PRIMARY KEY);");
        migration("20230102000000_add_orders.down.sql", "DROP TABLE orders;");

        CliRun run = cli("migrate", "run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).hasSize(2);
        assertThat(run.out().lines().toList().get(0))
                .matches("Applied 20230101000000/migrate create users \\([0-9.]+(ns|µs|ms|s)\\)");
        assertThat(run.out().lines().toList().get(1)).startsWith("Applied 20230102000000/migrate add orders (");
        assertThat(query("SELECT count(*) FROM orders")).containsExactly("0");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ledgerRowsAreWhatSqlxWrites(TestDatabase database) throws Exception {
        setUp(database);
        String sql = "-- Add migration script here\n";
        migration("1_first.sql", sql);

        assertThat(cli("migrate", "run").exitCode()).isZero();

        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT version, description, installed_on, success, checksum, "
                     + "execution_time FROM _sqlx_migrations")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getLong(1)).isEqualTo(1);
            assertThat(row.getString(2)).isEqualTo("first");
            assertThat(row.getString(3)).isNotBlank();
            assertThat(row.getBoolean(4)).isTrue();
            assertThat(row.getBytes(5)).hasSize(48)
                    .isEqualTo(Checksums.sha384(sql.getBytes(StandardCharsets.UTF_8)).bytes());
            assertThat(row.getLong(6)).as("execution_time updated after COMMIT").isPositive();
            assertThat(row.next()).isFalse();
        }
        if (database == TestDatabase.SQLITE) {
            assertThat(query("SELECT typeof(version), typeof(description), typeof(installed_on), typeof(success), "
                    + "typeof(checksum), typeof(execution_time), success FROM _sqlx_migrations"))
                    .containsExactly("integer", "text", "text", "integer", "blob", "integer", "1");
            assertThat(query("SELECT installed_on FROM _sqlx_migrations").get(0))
                    .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ledgerTableIsDefinedExactlyAsSqlxDefinesIt(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_first.sql", "SELECT 1;");
        assertThat(cli("migrate", "run").exitCode()).isZero();

        if (database == TestDatabase.SQLITE) {
            // SQLite stores the statement text (less IF NOT EXISTS): it must be sqlx's, whitespace included.
            assertThat(query("SELECT sql FROM sqlite_master WHERE name = '_sqlx_migrations'")).containsExactly("""
                    CREATE TABLE _sqlx_migrations (
                        version BIGINT PRIMARY KEY,
                        description TEXT NOT NULL,
                        installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
                        success BOOLEAN NOT NULL,
                        checksum BLOB NOT NULL,
                        execution_time BIGINT NOT NULL
                    )""");
        } else {
            assertThat(query("SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' ' "
                    + "|| coalesce(column_default, '-') FROM information_schema.columns "
                    + "WHERE table_name = '_sqlx_migrations' ORDER BY ordinal_position")).containsExactly(
                    "version bigint NO -",
                    "description text NO -",
                    "installed_on timestamp with time zone NO now()",
                    "success boolean NO -",
                    "checksum bytea NO -",
                    "execution_time bigint NO -");
            assertThat(query("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                    + "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = '_sqlx_migrations'::regclass AND i.indisprimary"))
                    .containsExactly("version");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failingMigrationLeavesNoRowAndNoPartialSchema(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_ok.sql", "CREATE TABLE ok (id INTEGER);");
        migration("2_broken.sql", "CREATE TABLE half (id INTEGER);\nINSERT INTO no_such_table VALUES (1);");

        CliRun run = cli("migrate", "run");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).startsWith("error: while executing migration 2: ").contains("2_broken.sql");
        assertThat(run.err()).doesNotContain("\tat ");
        assertThat(query("SELECT version FROM _sqlx_migrations")).containsExactly("1");
        assertThat(tableExists("half")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void failedRowIsRefusedWithSqlxMessage(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_first.sql", "SELECT 1;");
        migration("2_second.sql", "CREATE TABLE second (id INTEGER);");
        assertThat(cli("migrate", "run", "--target-version", "1").exitCode()).isZero();
        execute("UPDATE _sqlx_migrations SET success = FALSE WHERE version = 1");

        CliRun run = cli("migrate", "run");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).contains(
                "error: migration 1 is partially applied; fix and remove row from `_sqlx_migrations` table");
        assertThat(tableExists("second")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void missingFileIsRefusedUnlessIgnoreMissing(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_first.sql", "SELECT 1;");
        assertThat(cli("migrate", "run").exitCode()).isZero();
        Files.delete(project.resolve("migrations/1_first.sql"));
        migration("2_second.sql", "CREATE TABLE second (id INTEGER);");

        CliRun refused = cli("migrate", "run");
        assertThat(refused.exitCode()).isOne();
        assertThat(refused.err()).contains(
                "error: migration 1 was previously applied but is missing in the resolved migrations\n"
                        + "hint: restore the file, or pass --ignore-missing to go on without it");
        assertThat(tableExists("second")).isFalse();

        CliRun ignoring = cli("migrate", "run", "--ignore-missing");
        assertThat(ignoring.exitCode()).as(ignoring.err()).isZero();
        assertThat(tableExists("second")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void modifiedAppliedFileIsRefusedAndNothingElseRuns(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_first.sql", "SELECT 1;");
        assertThat(cli("migrate", "run").exitCode()).isZero();
        migration("1_first.sql", "SELECT 1;\r\n");
        migration("0_zero.sql", "CREATE TABLE zero (id INTEGER);");

        CliRun run = cli("migrate", "run");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).contains("error: migration 1 was previously applied but has been modified");
        assertThat(tableExists("zero")).as("checks happen before anything is applied").isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void targetVersionUpAndDown(TestDatabase database) throws Exception {
        setUp(database);
        for (int version = 1; version <= 3; version++) {
            migration(version + "_m" + version + ".up.sql", "CREATE TABLE t" + version + " (id INTEGER);");
            migration(version + "_m" + version + ".down.sql", "DROP TABLE t" + version + ";");
        }

        CliRun up = cli("migrate", "run", "--target-version", "2");
        assertThat(up.out()).contains("Applied 1/migrate m1", "Applied 2/migrate m2", "Skipped 3/migrate m3 (0ns)");
        assertThat(versions()).containsExactly("1", "2");

        assertThat(cli("migrate", "run").exitCode()).isZero();
        CliRun down = cli("migrate", "revert", "--target-version", "1");
        assertThat(down.out().lines().toList()).hasSize(3);
        assertThat(down.out()).contains("Applied 3/revert m3", "Applied 2/revert m2", "Skipped 1/revert m1 (0ns)");
        assertThat(versions()).containsExactly("1");
        assertThat(tableExists("t2")).isFalse();

        CliRun all = cli("migrate", "revert", "--target-version", "0");
        assertThat(all.exitCode()).isZero();
        assertThat(versions()).isEmpty();
        assertThat(cli("migrate", "revert").out()).isEqualTo("No migrations available to revert\n");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void revertRefusesToRevertUnderANewerSimpleMigration(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_reversible.up.sql", "CREATE TABLE r (id INTEGER);");
        migration("1_reversible.down.sql", "DROP TABLE r;");
        migration("2_simple.sql", "CREATE TABLE s (id INTEGER);");
        assertThat(cli("migrate", "run").exitCode()).isZero();

        CliRun revert = cli("migrate", "revert");

        assertThat(revert.exitCode()).isOne();
        assertThat(revert.err()).contains("migration 2 (simple) is a simple migration with no down file")
                .contains("would silently revert the older migration 1").contains("hint: ");
        assertThat(versions()).containsExactly("1", "2");
    }

    @ParameterizedTest
    @EnumSource(value = TestDatabase.class, names = "SQLITE")
    void infoNotesWhatSqlxSkipsButLooksLikeAMigrationOnStandardError(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_first.sql", "SELECT 1;");
        migration("2_second.SQL", "SELECT 2;");

        CliRun info = cli("migrate", "info");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.out()).isEqualTo("1/pending first\n");
        assertThat(info.err()).startsWith("note: " + project.resolve("migrations/2_second.SQL") + ": skipped: ")
                .contains("lower case");
        assertThat(cli("migrate", "run").exitCode()).as("a note never stops a run").isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRefusedRunLeavesTheDatabaseUntouched(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_first.sql", "CREATE TABLE first (id INTEGER);");
        migration("v2_second.sql", "CREATE TABLE second (id INTEGER);");

        CliRun badFolder = cli("migrate", "run");
        assertThat(badFolder.exitCode()).isOne();
        assertThat(badFolder.err()).contains("has problems").contains("v2_second.sql");
        assertThat(tableExists("_sqlx_migrations")).as("not even the ledger is created").isFalse();

        Files.delete(project.resolve("migrations/v2_second.sql"));
        CliRun badTarget = cli("migrate", "run", "--target-version", "7");
        assertThat(badTarget.err()).contains("error: migration 7 is not present in the migration source");
        assertThat(tableExists("_sqlx_migrations")).as("not even the ledger is created").isFalse();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void dryRunsChangeNothing(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_first.up.sql", "CREATE TABLE first (id INTEGER);");
        migration("1_first.down.sql", "DROP TABLE first;");

        CliRun dryRun = cli("migrate", "run", "--dry-run");
        assertThat(dryRun.out()).isEqualTo("Can apply 1/migrate first (0ns)\n");
        assertThat(tableExists("_sqlx_migrations")).as("not even the ledger is created").isFalse();

        assertThat(cli("migrate", "run").exitCode()).isZero();
        CliRun dryRevert = cli("migrate", "revert", "--dry-run");
        assertThat(dryRevert.out()).isEqualTo("Can apply 1/revert first (0ns)\n");
        assertThat(versions()).containsExactly("1");
        assertThat(tableExists("first")).isTrue();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void ledgerWrittenBySqlxReadsAsAppliedWithoutDrift(TestDatabase database) throws Exception {
        setUp(database);
        String sql = "CREATE TABLE users (id INTEGER);\n";
        migration("20240101000000_users.sql", sql);
        migration("20240102000000_later.sql", "SELECT 1;");
        // What sqlx itself leaves behind: its DDL, then the INSERT + UPDATE of one applied migration.
        boolean sqlite = database == TestDatabase.SQLITE;
        execute("CREATE TABLE IF NOT EXISTS _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT NOT NULL, "
                + "installed_on " + (sqlite ? "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP" : "TIMESTAMPTZ NOT NULL DEFAULT now()")
                + ", success BOOLEAN NOT NULL, checksum " + (sqlite ? "BLOB" : "BYTEA") + " NOT NULL, "
                + "execution_time BIGINT NOT NULL)");
        execute("CREATE TABLE users (id INTEGER)");
        try (Connection connection = connect(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) "
                        + "VALUES (20240101000000, 'users', TRUE, ?, 1234567)")) {
            insert.setBytes(1, Checksums.sha384(sql.getBytes(StandardCharsets.UTF_8)).bytes());
            insert.executeUpdate();
        }

        CliRun info = cli("migrate", "info");
        assertThat(info.out()).isEqualTo("20240101000000/installed users\n20240102000000/pending later\n");

        CliRun run = cli("migrate", "run");
        assertThat(run.out()).startsWith("Applied 20240102000000/migrate later (");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void infoShowsDriftLikeSqlxAndMissingRows(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_first.sql", "SELECT 1;\n");
        migration("2_gone.sql", "SELECT 2;\n");
        assertThat(cli("migrate", "run").exitCode()).isZero();
        migration("1_first.sql", "SELECT 1;\r\n");
        Files.delete(project.resolve("migrations/2_gone.sql"));
        migration("3_new.sql", "SELECT 3;\n");

        CliRun info = cli("migrate", "info");

        assertThat(info.exitCode()).isZero();
        assertThat(info.out()).isEqualTo("1/installed (different checksum) first\n"
                + "applied migration had checksum " + Checksums.sha384("SELECT 1;\n".getBytes(StandardCharsets.UTF_8)).hex() + "\n"
                + "local migration has checksum " + Checksums.sha384("SELECT 1;\r\n".getBytes(StandardCharsets.UTF_8)).hex() + "\n"
                + "2/missing gone\n"
                + "no file in the migrations folder has this version\n"
                + "3/pending new\n");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void noTransactionMigrationRunsOutsideATransaction(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_table.sql", "CREATE TABLE items (id INTEGER, name TEXT);");
        String indexes = database == TestDatabase.POSTGRES
                ? "-- no-transaction\nCREATE INDEX CONCURRENTLY items_id ON items (id);\n"
                  + "CREATE INDEX CONCURRENTLY items_name ON items (name);\n"
                : "-- no-transaction\nCREATE INDEX items_id ON items (id);\nCREATE INDEX items_name ON items (name);\n";
        migration("2_indexes.sql", indexes);

        CliRun run = cli("migrate", "run");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(versions()).containsExactly("1", "2");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void noTransactionFailureKeepsWhatRanBeforeAndRecordsNothing(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_partial.sql", "-- no-transaction\nCREATE TABLE kept (id INTEGER);\nINSERT INTO nowhere VALUES (1);\n");

        CliRun run = cli("migrate", "run");

        assertThat(run.exitCode()).isOne();
        assertThat(tableExists("kept")).as("each statement committed on its own").isTrue();
        assertThat(versions()).isEmpty();
    }

    private CliRun cli(String... args) {
        List<String> withUrl = new ArrayList<>(List.of(args));
        withUrl.add("-D");
        withUrl.add(url);
        return CliRun.in(project, withUrl.toArray(String[]::new));
    }

    private void migration(String name, String content) throws IOException {
        TestFolders.migration(project, name, content);
    }

    private Connection connect() throws SQLException {
        return DatabaseUrl.parse(url, project).connect();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                for (int column = 1; column <= columns; column++) {
                    values.add(result.getString(column));
                }
            }
        }
        return values;
    }

    private List<String> versions() throws SQLException {
        return tableExists("_sqlx_migrations") ? query("SELECT version FROM _sqlx_migrations ORDER BY version") : List.of();
    }

    private boolean tableExists(String table) throws SQLException {
        try (Connection connection = connect()) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, table, null)) {
                return tables.next();
            }
        }
    }
}
