package dev.driftless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftless.testing.TestDatabase;
import dev.driftless.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `migrate check-reversible`: up, down and up again in a shadow, on both databases. */
class CheckReversibleCommandTest {
    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aCorrectPairPasses(TestDatabase database) throws Exception {
        createUsers();
        reversible("2_index_users", "CREATE INDEX users_email_idx ON users (email);", "DROP INDEX users_email_idx;");

        CliRun run = CliRun.against(database.freshUrl(project), project, "migrate", "check-reversible");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).startsWith("1 create users: reversible\n2 index users: reversible\n")
                .contains("2 reversible migrations checked in ", ": all reversible\n");
        ShadowAssertions.assertNoShadowLeft();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDownThatForgetsAnIndexIsFlaggedWithThatIndex(TestDatabase database) throws Exception {
        createUsers();
        reversible("2_add_status", "ALTER TABLE users ADD COLUMN status TEXT;\nCREATE INDEX users_status_idx ON users (email);",
                "ALTER TABLE users DROP COLUMN status;");
        String schema = database == TestDatabase.SQLITE ? "main" : "public";

        CliRun run = CliRun.against(database.freshUrl(project), project, "migrate", "check-reversible");

        assertThat(run.exitCode()).isOne();
        assertThat(run.out()).contains("2 add status: broken\n"
                + "  2_add_status.down.sql leaves index " + schema + ".users.users_status_idx\n"
                + "  2_add_status.up.sql fails when applied again after 2_add_status.down.sql: ");
        assertThat(run.out()).endsWith(": 1 not\n");
        ShadowAssertions.assertNoShadowLeft();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDownThatFailsIsFlaggedAndLaterMigrationsAreStillChecked(TestDatabase database) throws Exception {
        createUsers();
        reversible("2_create_orders", "CREATE TABLE orders (id INTEGER PRIMARY KEY);", "DROP TABLE no_such_table;");
        reversible("3_create_items", "CREATE TABLE items (order_id INTEGER REFERENCES orders (id));", "DROP TABLE items;");

        CliRun run = CliRun.against(database.freshUrl(project), project, "migrate", "check-reversible");

        assertThat(run.exitCode()).isOne();
        assertThat(run.out()).contains("2 create orders: broken\n  2_create_orders.down.sql fails: ",
                "3 create items: reversible\n");
    }

    @Test
    void anUpThatCannotRunTwiceIsFlaggedAndTheNextIsCheckedOnARebuiltShadow() throws Exception {
        createUsers();
        reversible("2_add_mood", "CREATE TYPE mood AS ENUM ('ok', 'sad');\nCREATE TABLE moods (m mood);",
                "DROP TABLE moods;");
        reversible("3_use_mood", "ALTER TABLE users ADD COLUMN mood mood;", "ALTER TABLE users DROP COLUMN mood;");

        CliRun run = CliRun.against(TestDatabase.POSTGRES.freshUrl(project), project, "migrate", "check-reversible",
                "--format", "json");

        assertThat(run.exitCode()).isOne();
        JsonNode migrations = new ObjectMapper().readTree(run.out()).get("migrations");
        JsonNode mood = migrations.get(1);
        assertThat(mood.get("result").asText()).isEqualTo("broken");
        assertThat(mood.get("problems")).extracting(problem -> problem.get("kind").asText())
                .containsExactly("down_does_not_restore", "up_again_failed");
        assertThat(mood.get("problems").get(0).get("message").asText())
                .isEqualTo("2_add_mood.down.sql leaves enum public.mood");
        assertThat(mood.get("problems").get(0).get("difference").get("change").asText()).isEqualTo("extra");
        assertThat(mood.get("problems").get(1).get("message").asText())
                .startsWith("2_add_mood.up.sql fails when applied again after 2_add_mood.down.sql: ERROR: type \"mood\" "
                        + "already exists");
        assertThat(migrations.get(2).get("result").asText()).isEqualTo("reversible");
        ShadowAssertions.assertNoShadowLeft();
    }

    @Test
    void aNamedVersionIsCheckedAloneAfterTheOnesBeforeIt() throws Exception {
        createUsers();
        reversible("2_index_users", "CREATE INDEX users_email_idx ON users (email);", "SELECT 1;");
        reversible("3_create_orders", "CREATE TABLE orders (user_id INTEGER REFERENCES users (id));", "DROP TABLE orders;");
        String url = TestDatabase.SQLITE.freshUrl(project);

        CliRun run = CliRun.against(url, project, "migrate", "check-reversible", "3");

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.out()).startsWith("3 create orders: reversible\n1 reversible migration checked in ");
        CliRun simple = CliRun.against(url, project, "migrate", "check-reversible", "4");
        assertThat(simple.exitCode()).isOne();
        assertThat(simple.err()).startsWith("error: migration 4 is not present in the migration source");
    }

    @Test
    void aMigrationWithoutADownFileHasNothingToCheck() throws Exception {
        TestFolders.migration(project, "1_create_users.sql", "CREATE TABLE users (id INTEGER);\n");
        String url = TestDatabase.SQLITE.freshUrl(project);

        assertThat(CliRun.against(url, project, "migrate", "check-reversible").out())
                .isEqualTo("no reversible migrations to check\n");
        CliRun named = CliRun.against(url, project, "migrate", "check-reversible", "1");
        assertThat(named.exitCode()).isOne();
        assertThat(named.err()).startsWith("error: migration 1 has no down file: there is nothing to check");
    }

    private void createUsers() throws IOException {
        reversible("1_create_users", "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);", "DROP TABLE users;");
    }

    private void reversible(String name, String up, String down) throws IOException {
        TestFolders.migration(project, name + ".up.sql", up + "\n");
        TestFolders.migration(project, name + ".down.sql", down + "\n");
    }
}
