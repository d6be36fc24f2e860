package dev.driftless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.testing.TestDatabase;
import dev.driftless.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** `schema diff --against URL`: two databases of one project, ledgers side by side and schemas compared. */
class SchemaDiffAgainstTest {
    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void bothLedgersAreShownSideBySideWithTheSchemaDifferences(TestDatabase database) throws Exception {
        TestFolders.migration(project, "1_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        TestFolders.migration(project, "2_create_orders.sql", "CREATE TABLE orders (id INTEGER PRIMARY KEY);\n");
        TestFolders.migration(project, "3_create_items.sql", "CREATE TABLE items (id INTEGER PRIMARY KEY);\n");
        String local = database.freshUrl(project);
        String staging = database.freshUrl(project);
        assertThat(CliRun.against(local, project, "migrate", "run").exitCode()).isZero();
        assertThat(CliRun.against(staging, project, "migrate", "run", "--target-version", "2").exitCode()).isZero();
        execute(staging, "CREATE TABLE audit (id INTEGER)");
        TestFolders.migration(project, "2_create_orders.sql", "CREATE TABLE orders (id INTEGER PRIMARY KEY, note TEXT);\n");
        Files.delete(project.resolve("migrations/1_create_users.sql"));
        String schema = database == TestDatabase.SQLITE ? "main" : "public";

        CliRun run = CliRun.against(local, project, "schema", "diff", "--against", staging);

        assertThat(run.exitCode()).as(run.err()).isOne();
        assertThat(run.out()).contains("migrations (this database | the other database):\n"
                        + "  1 create users: missing | missing\n"
                        + "  2 create orders: drifted | drifted\n"
                        + "  3 create items: applied | pending  <- differs\n"
                        + "schema: 2 differences\n"
                        + "  table " + schema + ".audit: in the other database, not in this database\n"
                        + "  table " + schema + ".items: in this database, not in the other database\n");
        if (database == TestDatabase.POSTGRES) {
            assertThat(run.out()).contains("this database: postgres://postgres:****@localhost:");
            assertThat(run.all()).doesNotContain("postgres:postgres@");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void jsonHasOneRowPerVersionWithBothStatuses(TestDatabase database) throws Exception {
        TestFolders.migration(project, "1_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        String local = database.freshUrl(project);
        String other = database.freshUrl(project);
        assertThat(CliRun.against(local, project, "migrate", "run").exitCode()).isZero();
        assertThat(CliRun.against(other, project, "migrate", "run").exitCode()).isZero();

        CliRun run = CliRun.against(local, project, "schema", "diff", "--against", other, "--format", "json");

        assertThat(run.exitCode()).as(run.all()).isZero();
        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.get("same").asBoolean()).isTrue();
        assertThat(document.get("against").asText()).doesNotContain("postgres:postgres@");
        JsonNode row = document.get("migrations").get(0);
        assertThat(row.get("version").asLong()).isEqualTo(1);
        assertThat(row.get("status").asText()).isEqualTo("applied");
        assertThat(row.get("against_status").asText()).isEqualTo("applied");
        assertThat(row.get("differs").asBoolean()).isFalse();
        assertThat(document.get("differences")).isEmpty();
    }

    @Test
    void aVersionOnlyOneLedgerHoldsIsAbsentOnTheOther() throws Exception {
        TestFolders.migration(project, "1_create_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        String local = TestDatabase.SQLITE.freshUrl(project);
        String other = TestDatabase.SQLITE.freshUrl(project);
        assertThat(CliRun.against(local, project, "migrate", "run").exitCode()).isZero();
        assertThat(CliRun.against(other, project, "database", "create").exitCode()).isZero();
        Files.delete(project.resolve("migrations/1_create_users.sql"));

        CliRun run = CliRun.against(local, project, "schema", "diff", "--against", other);

        assertThat(run.out()).contains("  1 create users: missing | absent  <- differs\n");
    }

    @Test
    void databasesOfTwoKindsAreNotCompared() {
        CliRun run = CliRun.against(TestDatabase.SQLITE.freshUrl(project), project, "schema", "diff", "--against",
                "postgres://app:s3cret@localhost:1/app");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).contains("one is PostgreSQL, the other SQLite").doesNotContain("s3cret");
    }

    private void execute(String url, String sql) throws SQLException {
        DatabaseUrl parsed = DatabaseUrl.parse(url, project);
        try (Connection connection = parsed.connect()) {
            Dialects.forUrl(parsed).executeScript(connection, sql, false);
        }
    }
}
