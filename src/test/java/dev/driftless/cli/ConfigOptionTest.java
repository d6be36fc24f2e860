package dev.driftless.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** sqlx-cli's --config on the verbs that connect, and how sqlx.toml mistakes reach the person. */
class ConfigOptionTest {
    @TempDir
    Path project;

    @ParameterizedTest
    @ValueSource(strings = {"migrate add", "migrate run", "migrate revert", "migrate info", "migrate diagnose",
            "migrate build-script",
            "database create", "database drop", "database reset", "database setup",
            "ledger restamp", "ledger forget", "ledger clear-failed", "ledger undo"})
    void everyVerbThatReadsSqlxTomlTakesConfig(String verb) {
        CliRun help = CliRun.in(project, (verb + " --help").split(" "));

        assertThat(help.out()).contains("--config=FILE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"migrate run", "migrate revert", "migrate info", "migrate diagnose",
            "database create", "database drop", "database reset", "database setup",
            "ledger restamp", "ledger forget", "ledger clear-failed", "ledger undo"})
    void everyVerbThatConnectsTakesConnectTimeout(String verb) {
        CliRun help = CliRun.in(project, (verb + " --help").split(" "));

        assertThat(help.out()).contains("--connect-timeout=SECONDS");
    }

    @Test
    void runUsesTheLedgerTableOfTheConfigFileNotOfSqlxToml() throws Exception {
        Files.writeString(project.resolve("sqlx.toml"), "[migrate]\ntable-name = \"project_ledger\"\n");
        Files.createDirectories(project.resolve("config"));
        Files.writeString(project.resolve("config/ci.toml"), "[migrate]\ntable-name = \"ci_ledger\"\n");
        migration("1_first.sql", "CREATE TABLE t (id INTEGER);");

        CliRun run = cli("migrate", "run", "--config", "config/ci.toml");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(tables()).contains("ci_ledger").doesNotContain("project_ledger");
    }

    @Test
    void devNullReadsNoSettingsAtAll() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/null")));
        Files.writeString(project.resolve("sqlx.toml"), "[migrate]\ntable-nmae = \"typo\"\n");
        migration("1_first.sql", "CREATE TABLE t (id INTEGER);");

        CliRun run = cli("migrate", "run", "--config=/dev/null");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(tables()).contains("_sqlx_migrations");
    }

    @Test
    void missingConfigFileIsAnErrorNamingIt() throws IOException {
        CliRun run = cli("migrate", "info", "--config", "nope.toml");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).isEqualTo("error: config file " + project.resolve("nope.toml") + " does not exist\n");
    }

    @Test
    void misspeltKeyIsAnErrorWithTheClosestKnownOne() throws IOException {
        Files.writeString(project.resolve("sqlx.toml"), "[migrate]\ntable-nmae = \"typo\"\n");

        CliRun run = cli("migrate", "info");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).isEqualTo("error: " + project.resolve("sqlx.toml")
                + ": unknown key `table-nmae` in [migrate]; did you mean `table-name`?\n");
    }

    @Test
    void keySqlxIgnoresIsAWarningOnTheErrorStream() throws IOException {
        Files.writeString(project.resolve("sqlx.toml"), "[migrate.defaults]\nmigration_type = \"reversible\"\n");

        CliRun add = CliRun.in(project, "migrate", "add", "users");

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.err()).isEqualTo("warning: " + project.resolve("sqlx.toml") + ": unknown key `migration_type` "
                + "in [migrate.defaults] is ignored, by sqlx too; did you mean `migration-type`?\n");
        assertThat(add.out()).endsWith("_users.sql\n");
    }

    private CliRun cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("-D", "sqlite://" + project.resolve("app.db") + "?mode=rwc", "--no-dotenv"));
        return CliRun.in(project, all.toArray(String[]::new));
    }

    private void migration(String name, String sql) throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations").resolve(name), sql);
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"));
             ResultSet rows = connection.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
