package dev.driftless.cli;

import dev.driftless.core.schema.compare.ComparisonOptions;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.project.SchemaChecks;
import dev.driftless.testing.TestDatabase;
import dev.driftless.testing.TestFolders;
import dev.driftless.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL shadow as a resource: dropped when a migration fails in it or the check is
 * interrupted, leftovers of killed runs removed by their name, and a database given to be emptied
 * when the role may not create one.
 */
class ShadowLifetimeTest {
    private static final AtomicInteger ROLES = new AtomicInteger();

    @TempDir
    Path project;
    @TempDir
    Path journal;

    @Test
    void aMigrationFailingInTheShadowIsNamedAndLeavesNoShadow() throws Exception {
        String url = TestDatabase.POSTGRES.freshUrl(project);
        execute(url, "CREATE TABLE legacy (id integer)");
        TestFolders.migration(project, "1_create_items.sql", "CREATE TABLE items (id integer);\n");
        TestFolders.migration(project, "2_extend_legacy.sql", "ALTER TABLE legacy ADD COLUMN note text;\n");
        assertThat(CliRun.against(url, project, "migrate", "run").exitCode()).isZero();

        CliRun run = CliRun.against(url, project, "schema", "diff");

        assertThat(run.exitCode()).isOne();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("^error: migration 2 extend legacy failed in the shadow \\(a temporary "
                        + "database driftless_shadow_[0-9a-f]{12} on the same server\\), running its file: ERROR: relation "
                        + "\"legacy\" does not exist")
                .contains("hint: the shadow starts empty but for the database's extensions");
        ShadowAssertions.assertNoShadowLeft();
    }

    @Test
    void anInterruptedCheckDropsItsShadow() throws Exception {
        for (int i = 1; i <= 40; i++) {
            TestFolders.migration(project, i + "_table_" + i + ".sql",
                    "SELECT pg_sleep(0.05);\nCREATE TABLE t" + i + " (id integer);\n");
        }
        String url = TestDatabase.POSTGRES.freshUrl(project);
        assertThat(CliRun.against(url, project, "migrate", "run").exitCode()).isZero();
        Project opened = Project.open(project, null);
        DatabaseUrl database = DatabaseUrl.parse(url);
        SchemaChecks checks = new SchemaChecks(opened, database, null, ComparisonOptions.DEFAULT);
        AtomicReference<Throwable> outcome = new AtomicReference<>();

        Thread check = new Thread(() -> {
            try (Connection connection = database.connect()) {
                checks.drift(connection, opened.readMigrations(), journal);
            } catch (Throwable e) {
                outcome.set(e);
            }
        });
        check.start();
        Thread.sleep(800);
        assertThat(shadowsInUse()).as("the replay is under way").isOne();
        check.interrupt();
        check.join(30_000);

        assertThat(check.isAlive()).isFalse();
        assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
        ShadowAssertions.assertNoShadowLeft();
    }

    @Test
    void aShadowLeftByAKilledRunIsRemovedByTheNextCheckAndNothingElseIs() throws Exception {
        String url = TestDatabase.POSTGRES.freshUrl(project);
        TestFolders.migration(project, "1_create_items.sql", "CREATE TABLE items (id integer);\n");
        assertThat(CliRun.against(url, project, "migrate", "run").exitCode()).isZero();
        try (Connection admin = TestPostgres.server().getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE driftless_shadow_0123456789ab");
            statement.execute("CREATE DATABASE driftless_shadow_keep");
            try {
                CliRun run = CliRun.against(url, project, "schema", "diff");

                assertThat(run.exitCode()).as(run.err()).isZero();
                assertThat(databaseExists(statement, "driftless_shadow_0123456789ab")).isFalse();
                assertThat(databaseExists(statement, "driftless_shadow_keep")).isTrue();
            } finally {
                statement.execute("DROP DATABASE IF EXISTS driftless_shadow_keep");
            }
        }
    }

    @Test
    void withoutCreatedbTheMessageNamesThePermissionAndAGivenShadowIsEmptiedAndUsed() throws Exception {
        String role = "no_createdb_" + ROLES.incrementAndGet();
        String live = TestPostgres.createDatabase();
        String shadow = TestPostgres.createDatabase();
        try (Connection admin = TestPostgres.server().getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'pw-" + role + "'");
            statement.execute("ALTER DATABASE " + live + " OWNER TO " + role);
            statement.execute("ALTER DATABASE " + shadow + " OWNER TO " + role);
        }
        String base = "postgres://" + role + ":pw-" + role + "@localhost:" + TestPostgres.server().getPort() + "/";
        TestFolders.migration(project, "1_create_items.sql", "CREATE EXTENSION citext;\n"
                + "CREATE TABLE items (id serial PRIMARY KEY, name citext NOT NULL);\n");
        assertThat(CliRun.against(base + live, project, "migrate", "run").exitCode()).isZero();
        execute(base + shadow, "CREATE TABLE junk (id integer); CREATE SCHEMA junk_schema;"
                + " CREATE TABLE junk_schema.more (id integer); CREATE EXTENSION citext;"
                + " CREATE FUNCTION junk_function() RETURNS integer LANGUAGE sql AS 'SELECT 1';"
                + " CREATE TYPE junk_type AS ENUM ('a')");

        CliRun refused = CliRun.against(base + live, project, "schema", "diff");

        assertThat(refused.exitCode()).isOne();
        assertThat(refused.err()).startsWith("error: cannot create a shadow database on the server of postgres://" + role
                        + ":****@localhost:")
                .contains("permission denied to create database (the role needs the CREATEDB permission)",
                        "hint: grant it (ALTER ROLE ... CREATEDB), or name a database Driftless may empty and use "
                                + "instead with --shadow-url URL");
        assertThat(refused.all()).doesNotContain("pw-" + role);

        CliRun given = CliRun.against(base + live, project, "schema", "diff", "--shadow-url", base + shadow);

        assertThat(given.exitCode()).as(given.all()).isZero();
        assertThat(given.out()).contains("shadow: the database postgres://" + role + ":****@localhost:"
                + TestPostgres.server().getPort() + "/" + shadow + ", emptied first\n");
        assertThat(given.all()).doesNotContain("pw-" + role);
        try (Connection connection = TestPostgres.connect(shadow); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT to_regclass('public.junk'), to_regnamespace('junk_schema'),"
                     + " to_regtype('public.junk_type'), to_regprocedure('public.junk_function()'),"
                     + " to_regclass('public.items')")) {
            row.next();
            assertThat(row.getString(1)).isNull();
            assertThat(row.getString(2)).isNull();
            assertThat(row.getString(3)).isNull();
            assertThat(row.getString(4)).isNull();
            assertThat(row.getString(5)).as("replayed into it").isEqualTo("items");
        }

        CliRun itself = CliRun.against(base + live, project, "schema", "diff", "--shadow-url", base + live);
        assertThat(itself.exitCode()).isOne();
        assertThat(itself.err()).contains("is the database being checked");
        try (Connection connection = TestPostgres.connect(live); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT to_regclass('public.items')")) {
            row.next();
            assertThat(row.getString(1)).as("the database itself is never emptied").isEqualTo("items");
        }
        CliRun reversible = CliRun.against(base + live, project, "migrate", "check-reversible", "--shadow-url",
                base + shadow);
        assertThat(reversible.exitCode()).as(reversible.all()).isZero();
    }

    private static int shadowsInUse() throws SQLException {
        try (Connection admin = TestPostgres.server().getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_database"
                     + " WHERE datname LIKE 'driftless\\_shadow\\_%'")) {
            row.next();
            return row.getInt(1);
        }
    }

    private static boolean databaseExists(Statement statement, String name) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            row.next();
            return row.getInt(1) == 1;
        }
    }

    private void execute(String url, String sql) throws SQLException {
        try (Connection connection = DatabaseUrl.parse(url, project).connect();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
