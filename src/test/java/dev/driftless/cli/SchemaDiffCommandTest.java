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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * `schema diff` on both databases: schema changed by hand after a clean `migrate run`, each kind of
 * drift found and attributed to the migration the database no longer agrees with.
 */
class SchemaDiffCommandTest {
    static final long CREATE_USERS = 20240101090000L;
    static final long CREATE_ORDERS = 20240102090000L;
    static final long ADD_STATUS = 20240103090000L;
    static final long INDEX_ORDERS = 20240104090000L;
    static final long BIG_ORDERS_VIEW = 20240105090000L;

    /** SQLite changes a column's type or default, or drops a foreign key, by building the table again. */
    private static final String SQLITE_REBUILD_ORDERS = """
            PRAGMA foreign_keys = OFF;
            PRAGMA legacy_alter_table = ON;
            CREATE TABLE orders_new (%s);
            INSERT INTO orders_new SELECT id, user_id, total, status FROM orders;
            DROP TABLE orders;
            ALTER TABLE orders_new RENAME TO orders;
            CREATE INDEX orders_user_idx ON orders (user_id);
            """;
    private static final String SQLITE_ORDERS_COLUMNS = "id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL %s, "
            + "total INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL DEFAULT %s";

    @TempDir
    Path project;

    /** Five migrations that run on both databases: tables, a foreign key, a default, an index, a view. */
    static void writeMigrations(Path project) throws IOException {
        TestFolders.migration(project, CREATE_USERS + "_create_users.sql",
                "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n");
        TestFolders.migration(project, CREATE_ORDERS + "_create_orders.sql", "CREATE TABLE orders (\n"
                + "    id INTEGER PRIMARY KEY,\n    user_id INTEGER NOT NULL REFERENCES users (id),\n"
                + "    total INTEGER NOT NULL DEFAULT 0\n);\n");
        TestFolders.migration(project, ADD_STATUS + "_add_status_to_orders.sql",
                "ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'new';\n");
        TestFolders.migration(project, INDEX_ORDERS + "_index_orders.sql",
                "CREATE INDEX orders_user_idx ON orders (user_id);\n");
        TestFolders.migration(project, BIG_ORDERS_VIEW + "_create_big_orders.sql",
                "CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 100;\n");
    }

    static Stream<Arguments> handMadeDrift() {
        String sqliteNoForeignKey = SQLITE_REBUILD_ORDERS.formatted(SQLITE_ORDERS_COLUMNS.formatted("", "'new'"));
        String sqliteOpenDefault = SQLITE_REBUILD_ORDERS.formatted(
                SQLITE_ORDERS_COLUMNS.formatted("REFERENCES users (id)", "'open'"));
        String sqliteWideEmail = """
                PRAGMA foreign_keys = OFF;
                CREATE TABLE users_new (id INTEGER PRIMARY KEY, email VARCHAR(200) NOT NULL);
                INSERT INTO users_new SELECT id, email FROM users;
                DROP TABLE users;
                ALTER TABLE users_new RENAME TO users;
                """;
        return Stream.of(
                drift("a dropped column", "ALTER TABLE orders DROP COLUMN status", null,
                        "column", "orders.status", "missing", null, ADD_STATUS),
                drift("an extra table", "CREATE TABLE audit (id INTEGER)", null,
                        "table", "audit", "extra", null, null),
                drift("a changed column type", "ALTER TABLE users ALTER COLUMN email TYPE varchar(200)", sqliteWideEmail,
                        "column", "users.email", "changed", "type", CREATE_USERS),
                drift("an extra index", "CREATE INDEX orders_total_idx ON orders (total)", null,
                        "index", "orders.orders_total_idx", "extra", null, null),
                drift("a changed default", "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open'", sqliteOpenDefault,
                        "column", "orders.status", "changed", "default", ADD_STATUS),
                drift("a dropped foreign key", "ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey", sqliteNoForeignKey,
                        "constraint", null, "missing", null, CREATE_ORDERS),
                drift("a changed view", "CREATE OR REPLACE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 1000",
                        "DROP VIEW big_orders; CREATE VIEW big_orders AS SELECT id, total FROM orders WHERE total > 1000",
                        "view", "big_orders", "changed", "definition", BIG_ORDERS_VIEW));
    }

    /** One case on each database; {@code sqliteSql} null when SQLite takes the same statement. */
    private static Arguments drift(String name, String postgresSql, String sqliteSql, String kind, String key,
                                   String change, String attribute, Long attributedTo) {
        return Arguments.of(name, postgresSql, sqliteSql == null ? postgresSql : sqliteSql, kind, key, change, attribute,
                attributedTo);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handMadeDrift")
    void handMadeDriftIsFoundAndAttributedOnPostgres(String name, String postgresSql, String sqliteSql, String kind,
                                                      String key, String change, String attribute, Long attributedTo)
            throws Exception {
        assertDriftFound(TestDatabase.POSTGRES, postgresSql, kind, key, change, attribute, attributedTo);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("handMadeDrift")
    void handMadeDriftIsFoundAndAttributedOnSqlite(String name, String postgresSql, String sqliteSql, String kind,
                                                    String key, String change, String attribute, Long attributedTo)
            throws Exception {
        assertDriftFound(TestDatabase.SQLITE, sqliteSql, kind, key, change, attribute, attributedTo);
    }

    private void assertDriftFound(TestDatabase database, String handMade, String kind, String key, String change,
                                  String attribute, Long attributedTo) throws Exception {
        String url = migrated(database);
        execute(url, handMade);

        CliRun run = CliRun.against(url, project, "schema", "diff", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isOne();
        assertThat(run.err()).isEmpty();
        JsonNode differences = new ObjectMapper().readTree(run.out()).get("differences");
        assertThat(differences).as(run.out()).hasSize(1);
        JsonNode difference = differences.get(0);
        String schema = database == TestDatabase.SQLITE ? "main." : "public.";
        assertThat(difference.get("kind").asText()).isEqualTo(kind);
        if (key != null) {
            assertThat(difference.get("key").asText()).isEqualTo(schema + key);
        }
        assertThat(difference.get("change").asText()).isEqualTo(change);
        assertThat(difference.get("attribute").isNull() ? null : difference.get("attribute").asText()).isEqualTo(attribute);
        JsonNode attributed = difference.get("attributed_to");
        assertThat(attributed.isNull() ? null : attributed.get("version").asLong()).isEqualTo(attributedTo);
        ShadowAssertions.assertNoShadowLeft();
    }

    @Test
    void textNamesTheMigrationThatAddedWhatTheDatabaseLacks() throws Exception {
        String url = migrated(TestDatabase.POSTGRES);
        execute(url, "ALTER TABLE orders DROP COLUMN status; CREATE TABLE audit (id integer)");

        CliRun run = CliRun.against(url, project, "schema", "diff");

        assertThat(run.exitCode()).isOne();
        assertThat(run.out()).startsWith("schema drift: 2 differences between the database and its migrations "
                        + "(5 migrations replayed)\n"
                        + "  table public.audit: in the database, not in the migrations\n"
                        + "  column public.orders.status: added by 20240103090000 add status to orders, not in the "
                        + "database\n")
                .containsPattern("shadow: a temporary database driftless_shadow_[0-9a-f]{12} on the same server\n");
    }

    @Test
    void aCleanDatabaseExitsZero() throws Exception {
        String url = migrated(TestDatabase.SQLITE);

        CliRun run = CliRun.against(url, project, "schema", "diff");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("the database matches its migrations (5 migrations replayed)\n"
                + "shadow: an in-memory SQLite database\n");
    }

    @Test
    void aPendingMigrationIsNotReplayed() throws Exception {
        String url = migrated(TestDatabase.SQLITE);
        TestFolders.migration(project, "20240106090000_add_notes.sql", "CREATE TABLE notes (id INTEGER);\n");

        CliRun run = CliRun.against(url, project, "schema", "diff");

        assertThat(run.exitCode()).as(run.out()).isZero();
    }

    @Test
    void columnOrderCountsOnlyWhenAsked() throws Exception {
        String url = TestDatabase.POSTGRES.freshUrl(project);
        TestFolders.migration(project, "1_create_t.sql", "CREATE TABLE t (a integer, b text);\n");
        assertThat(CliRun.against(url, project, "migrate", "run").exitCode()).isZero();
        execute(url, "ALTER TABLE t DROP COLUMN a; ALTER TABLE t ADD COLUMN a integer");

        assertThat(CliRun.against(url, project, "schema", "diff").exitCode()).isZero();
        CliRun ordered = CliRun.against(url, project, "schema", "diff", "--include-column-order");
        assertThat(ordered.exitCode()).isOne();
        assertThat(ordered.out()).contains("column public.t.a: position: 1 after 1 create t, 2 in the database");
    }

    @Test
    void aFolderWithProblemsIsRefusedAsForARun() throws Exception {
        String url = migrated(TestDatabase.SQLITE);
        TestFolders.migration(project, "20240101090000_again.sql", "SELECT 1;\n");

        CliRun run = CliRun.against(url, project, "schema", "diff");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).startsWith("error: ").contains("20240101090000");
    }

    String migrated(TestDatabase database) throws Exception {
        writeMigrations(project);
        String url = database.freshUrl(project);
        CliRun run = CliRun.against(url, project, "migrate", "run");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return url;
    }

    void execute(String url, String sql) throws SQLException {
        DatabaseUrl parsed = DatabaseUrl.parse(url, project);
        try (Connection connection = parsed.connect()) {
            Dialects.forUrl(parsed).executeScript(connection, sql, false);
        }
    }
}
