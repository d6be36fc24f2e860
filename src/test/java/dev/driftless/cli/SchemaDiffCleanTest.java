package dev.driftless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.testing.TestDatabase;
import dev.driftless.testing.TestFolders;
import dev.driftless.ui.demo.DemoProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A database migrated cleanly reports nothing, whatever kinds of objects its migrations make. */
class SchemaDiffCleanTest {
    @TempDir
    Path project;

    @Test
    void aRichPostgresProjectMigratedCleanlyHasNoDrift() throws Exception {
        TestFolders.migration(project, "20240101090000_types.sql", """
                CREATE EXTENSION IF NOT EXISTS citext;
                CREATE TYPE order_status AS ENUM ('new', 'paid');
                CREATE DOMAIN positive_amount AS numeric(12, 2) NOT NULL DEFAULT 0 CHECK (VALUE >= 0);
                CREATE TYPE address AS (street text, city varchar(80));
                """);
        TestFolders.migration(project, "20240102090000_tables.sql", """
                CREATE TABLE old_customers (
                    id serial PRIMARY KEY,
                    email citext NOT NULL UNIQUE,
                    home address
                );
                CREATE TABLE orders (
                    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) PRIMARY KEY,
                    customer_id int4 NOT NULL REFERENCES old_customers (id) ON DELETE CASCADE,
                    status order_status NOT NULL DEFAULT 'new',
                    code varchar(20) COLLATE "C",
                    quantity integer NOT NULL CHECK (quantity > 0),
                    unit_price positive_amount,
                    total numeric GENERATED ALWAYS AS (quantity * unit_price) STORED,
                    created_at timestamptz NOT NULL DEFAULT now()
                );
                CREATE TABLE events (id bigint NOT NULL, happened_on date NOT NULL) PARTITION BY RANGE (happened_on);
                CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
                """);
        TestFolders.migration(project, "20240103090000_rename_customers.sql",
                "ALTER TABLE old_customers RENAME TO customers;\n");
        TestFolders.migration(project, "20240104090000_add_shipped.sql",
                "-- no-transaction\nALTER TYPE order_status ADD VALUE 'shipped';\n");
        TestFolders.migration(project, "20240105090000_indexes_views_routines.sql", """
                CREATE INDEX orders_open_idx ON orders (created_at) WHERE status <> 'shipped';
                CREATE INDEX ON orders (lower(code));
                CREATE VIEW open_orders AS SELECT id, status FROM orders WHERE status <> 'shipped';
                CREATE MATERIALIZED VIEW order_totals AS SELECT customer_id, sum(total) AS total FROM orders GROUP BY 1;
                CREATE FUNCTION add_tax(amount numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
                    AS $$ SELECT amount * 1.2 $$;
                CREATE FUNCTION add_tax(amount numeric, rate numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
                    AS $$ SELECT amount * (1 + rate) $$;
                CREATE PROCEDURE archive_orders(before date) LANGUAGE plpgsql
                    AS $$ BEGIN DELETE FROM orders WHERE created_at < before; END $$;
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql
                    AS $$
                    BEGIN
                        NEW.created_at := now();
                        RETURN NEW;
                    END
                    $$;
                CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
                """);
        TestFolders.migration(project, "20240106090000_index_concurrently.sql",
                "-- no-transaction\nCREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);\n");
        String url = migrated(TestDatabase.POSTGRES);

        CliRun run = CliRun.against(url, project, "schema", "diff");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("the database matches its migrations (6 migrations replayed)\n");
        ShadowAssertions.assertNoShadowLeft();
    }

    @Test
    void aSqliteProjectMigratedCleanlyHasNoDrift() throws Exception {
        TestFolders.migration(project, "1_tables.sql", """
                CREATE TABLE customers (id INTEGER PRIMARY KEY, email text NOT NULL UNIQUE, name TEXT DEFAULT 'nobody');
                CREATE TABLE orders (
                    id INTEGER PRIMARY KEY,
                    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
                    status VARCHAR(20) NOT NULL DEFAULT 'new',
                    quantity INT NOT NULL CHECK (quantity > 0),
                    doubled INT GENERATED ALWAYS AS (quantity * 2) VIRTUAL,
                    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
                );
                CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
                CREATE TABLE counters (name TEXT PRIMARY KEY, hits INTEGER NOT NULL DEFAULT 0) STRICT;
                """);
        TestFolders.migration(project, "2_indexes_views_triggers.sql", """
                CREATE INDEX orders_open_idx ON orders (created_at) WHERE status <> 'shipped';
                CREATE UNIQUE INDEX customers_email_lower_idx ON customers (lower(email), name DESC);
                CREATE VIEW open_orders AS SELECT id, status FROM orders WHERE status <> 'shipped';
                CREATE TRIGGER orders_touch AFTER UPDATE ON orders BEGIN
                    UPDATE orders SET created_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
                END;
                """);
        String url = migrated(TestDatabase.SQLITE);

        CliRun run = CliRun.against(url, project, "schema", "diff");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void theDemoProjectReportsCleanAfterMigrateRun() throws Exception {
        copyDemoMigrations();
        String url = migrated(TestDatabase.SQLITE);

        CliRun run = CliRun.against(url, project, "schema", "diff");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).startsWith("the database matches its migrations (4 migrations replayed)\n");
    }

    @Test
    void theDemoProjectsMigrationsAreReversible() throws Exception {
        copyDemoMigrations();
        String url = TestDatabase.SQLITE.freshUrl(project);

        CliRun run = CliRun.against(url, project, "migrate", "check-reversible");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).endsWith("3 reversible migrations checked in an in-memory SQLite database: all reversible\n");
    }

    @Test
    void aSerialColumnAndGeneratedNamesMatchATableMadeAnotherWay() throws Exception {
        TestFolders.migration(project, "1_create_old_t.sql",
                "CREATE TABLE old_t (id serial PRIMARY KEY, n int4 UNIQUE, note text);\n"
                        + "CREATE INDEX ON old_t (note);\n");
        TestFolders.migration(project, "2_rename_to_t.sql", "ALTER TABLE old_t RENAME TO t;\n");
        String url = migrated(TestDatabase.POSTGRES);
        String byHand = TestDatabase.POSTGRES.freshUrl(project);
        execute(byHand, """
                CREATE SEQUENCE ids AS integer;
                CREATE TABLE t (id integer NOT NULL DEFAULT nextval('ids'), n integer, note text);
                ALTER SEQUENCE ids OWNED BY t.id;
                ALTER TABLE t ADD PRIMARY KEY (id);
                ALTER TABLE t ADD UNIQUE (n);
                CREATE INDEX ON t (note);
                """);

        CliRun run = CliRun.against(url, project, "schema", "diff", "--against", byHand, "--format", "json");

        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.get("differences")).as(run.out()).isEmpty();
        assertThat(document.get("same").asBoolean()).as("the other database has no ledger").isFalse();
        CliRun exact = CliRun.against(url, project, "schema", "diff", "--against", byHand, "--exact-names");
        assertThat(exact.out()).contains("constraint public.t.old_t_pkey: in this database, not in the other database",
                "constraint public.t.t_pkey: in the other database, not in this database");
    }

    private String migrated(TestDatabase database) {
        String url = database.freshUrl(project);
        CliRun run = CliRun.against(url, project, "migrate", "run");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return url;
    }

    private void copyDemoMigrations() throws IOException, URISyntaxException {
        Path bundled = Path.of(DemoProject.class.getResource("migrations").toURI());
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        try (Stream<Path> files = Files.list(bundled)) {
            List<Path> sql = files.filter(file -> file.toString().endsWith(".sql")).toList();
            assertThat(sql).hasSize(7);
            for (Path file : sql) {
                Files.copy(file, migrations.resolve(file.getFileName()));
            }
        }
    }

    private void execute(String url, String sql) throws SQLException {
        DatabaseUrl parsed = DatabaseUrl.parse(url, project);
        try (Connection connection = parsed.connect()) {
            Dialects.forUrl(parsed).executeScript(connection, sql, false);
        }
    }
}
