package dev.driftless.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sqlx-cli's own {@code tests/migrate.rs} (launchbadge/sqlx 9d6bf6629f17) with Driftless in place
 * of sqlx-cli: one test per Rust test, every step and assertion as it is there, on the same assets.
 * The working folder plays sqlx-cli's crate root, so {@code --source tests/...} and
 * {@code --config tests/ignored-chars/sqlx.toml} are relative paths, as in the Rust tests.
 */
class SqlxCliMigrateTest {
    private static final List<Long> ALL_MIGRATIONS = List.of(
            20230101000000L,
            20230201000000L,
            20230301000000L,
            20230401000000L,
            20230501000000L);

    /** sqlx-cli's crate root: the working folder of every command. */
    @TempDir
    Path crateRoot;

    /** CARGO_TARGET_TMPDIR, where the Rust tests keep their database files. */
    @TempDir
    Path targetTmp;

    @BeforeEach
    void copyAssets() {
        SqlxCliAssets.copyTo(crateRoot);
    }

    @Test
    void runReversibleMigrations() throws Exception {
        // Without --target-version specified.
        {
            TestDatabase db = new TestDatabase("run_reversible_latest", "migrations_reversible");
            success(db.runMigration(false, null, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS);
        }
        // With --target-version specified.
        {
            TestDatabase db = new TestDatabase("run_reversible_latest_explicit", "migrations_reversible");

            // Move to latest, explicitly specified.
            success(db.runMigration(false, 20230501000000L, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS);

            // Move to latest when we're already at the latest.
            success(db.runMigration(false, 20230501000000L, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS);

            // Upgrade to an old version.
            failure(db.runMigration(false, 20230301000000L, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS);
        }
        // With --target-version, incrementally upgrade.
        {
            TestDatabase db = new TestDatabase("run_reversible_incremental", "migrations_reversible");

            // First version
            success(db.runMigration(false, 20230101000000L, false));
            assertThat(db.appliedMigrations()).containsExactly(20230101000000L);

            // Dry run upgrade to latest.
            success(db.runMigration(false, null, true));
            assertThat(db.appliedMigrations()).containsExactly(20230101000000L);

            // Dry run upgrade + 2
            success(db.runMigration(false, 20230301000000L, true));
            assertThat(db.appliedMigrations()).containsExactly(20230101000000L);

            // Upgrade to non-existent version.
            failure(db.runMigration(false, 20230901000000999L, false));
            assertThat(db.appliedMigrations()).containsExactly(20230101000000L);

            // Upgrade + 1
            success(db.runMigration(false, 20230201000000L, false));
            assertThat(db.appliedMigrations()).containsExactly(20230101000000L, 20230201000000L);

            // Upgrade + 2
            success(db.runMigration(false, 20230401000000L, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS.subList(0, 4));
        }
    }

    @Test
    void revertMigrations() throws Exception {
        // Without --target-version
        {
            TestDatabase db = new TestDatabase("revert_incremental", "migrations_reversible");
            success(db.runMigration(false, null, false));

            // Dry-run
            success(db.runMigration(true, null, true));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS);

            // Downgrade one
            success(db.runMigration(true, null, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS.subList(0, 4));

            // Downgrade one
            success(db.runMigration(true, null, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS.subList(0, 3));
        }
        // With --target-version
        {
            TestDatabase db = new TestDatabase("revert_incremental", "migrations_reversible");
            success(db.runMigration(false, null, false));

            // Dry-run downgrade to version 3.
            success(db.runMigration(true, 20230301000000L, true));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS);

            // Downgrade to version 3.
            success(db.runMigration(true, 20230301000000L, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS.subList(0, 3));

            // Try downgrading to the same version.
            success(db.runMigration(true, 20230301000000L, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS.subList(0, 3));

            // Try downgrading to a newer version.
            failure(db.runMigration(true, 20230401000000L, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS.subList(0, 3));

            // Try downgrading to a non-existent version.
            failure(db.runMigration(true, 9999L, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS.subList(0, 3));

            // Ensure we can still upgrade
            success(db.runMigration(false, 20230401000000L, false));
            assertThat(db.appliedMigrations()).isEqualTo(ALL_MIGRATIONS.subList(0, 4));

            // Downgrade to zero.
            success(db.runMigration(true, 0L, false));
            assertThat(db.appliedMigrations()).isEmpty();
        }
    }

    @Test
    void ignoredChars() throws Exception {
        TestDatabase db = new TestDatabase("ignored-chars", "ignored-chars/LF");
        db.configPath = Path.of("tests/ignored-chars/sqlx.toml");

        success(db.runMigration(false, null, false));

        db.setMigrations("ignored-chars/CRLF");

        String expectedInfo = "1/installed user\n2/installed post\n3/installed comment\n";

        // `ignored-chars` should produce the same migration checksum here
        assertThat(success(db.migrateInfo()).out()).isEqualTo(expectedInfo);

        // Running migration should be a no-op
        assertThat(success(db.runMigration(false, null, false)).out()).isEqualTo("");

        db.setMigrations("ignored-chars/BOM");
        assertThat(success(db.migrateInfo()).out()).isEqualTo(expectedInfo);
        assertThat(success(db.runMigration(false, null, false)).out()).isEqualTo("");

        db.setMigrations("ignored-chars/oops-all-tabs");
        assertThat(success(db.migrateInfo()).out()).isEqualTo(expectedInfo);
        assertThat(success(db.runMigration(false, null, false)).out()).isEqualTo("");
    }

    /** assert_cmd's {@code .success()}: exit code 0. */
    private static CliRun success(CliRun run) {
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        return run;
    }

    /** assert_cmd's {@code .failure()}: any exit code but 0. */
    private static CliRun failure(CliRun run) {
        assertThat(run.exitCode()).as("exit code; stdout: %s", run.out()).isNotZero();
        return run;
    }

    /** common/mod.rs's TestDatabase: a fresh SQLite file made by `database create`. */
    private final class TestDatabase {
        private final Path filePath;
        private Path migrationsPath;
        Path configPath;

        TestDatabase(String name, String migrations) throws IOException {
            Path testDir = targetTmp.resolve("migrate");
            Files.createDirectories(testDir);
            filePath = testDir.resolve("test-" + name + ".db");
            Files.deleteIfExists(filePath);
            migrationsPath = Path.of("tests").resolve(migrations);
            success(CliRun.in(crateRoot, "database", "create", "--database-url", connectionString()));
        }

        void setMigrations(String migrations) {
            migrationsPath = Path.of("tests").resolve(migrations);
        }

        String connectionString() {
            return "sqlite://" + filePath;
        }

        CliRun runMigration(boolean revert, Long version, boolean dryRun) {
            List<String> args = new ArrayList<>(List.of("migrate", revert ? "revert" : "run",
                    "--database-url", connectionString(), "--source", migrationsPath.toString()));
            if (configPath != null) {
                args.addAll(List.of("--config", configPath.toString()));
            }
            if (version != null) {
                args.addAll(List.of("--target-version", version.toString()));
            }
            if (dryRun) {
                args.add("--dry-run");
            }
            return CliRun.in(crateRoot, args.toArray(String[]::new));
        }

        /** The ledger's versions in order, read with the default table name as the Rust test does. */
        List<Long> appliedMigrations() throws SQLException {
            List<Long> versions = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + filePath);
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT version FROM _sqlx_migrations ORDER BY version")) {
                while (rows.next()) {
                    versions.add(rows.getLong(1));
                }
            }
            return versions;
        }

        CliRun migrateInfo() {
            List<String> args = new ArrayList<>(List.of("migrate", "info",
                    "--database-url", connectionString(), "--source", migrationsPath.toString()));
            if (configPath != null) {
                args.addAll(List.of("--config", configPath.toString()));
            }
            return CliRun.in(crateRoot, args.toArray(String[]::new));
        }
    }
}
