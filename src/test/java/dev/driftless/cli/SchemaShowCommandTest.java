package dev.driftless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.testing.SchemaFixtures;
import dev.driftless.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** `driftless schema show` on both databases, run in-process. */
class SchemaShowCommandTest {
    @TempDir
    Path project;

    @Test
    void postgresTextIsAnOutlineOfEverySchemaWithoutTheLedger() throws SQLException {
        String url = fixture(TestDatabase.POSTGRES);

        CliRun run = CliRun.in(project, "schema", "show", "-D", url);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("PostgreSQL 14.")
                .contains("schema billing\n  sequence billing.invoice_no  integer, start 1000, increment 10\n")
                .contains("  table billing.rooms\n    id      integer not null identity by default (start 1, increment 1)\n")
                .contains("  enum public.order_status  'new', 'paid', 'shipped'\n")
                .contains("  table public.customers  ~2 rows\n")
                .contains("    status       public.order_status not null default 'new'::public.order_status\n")
                .contains("    code         character varying(20) collate \"C\"\n")
                .contains("    constraint orders_quantity_check  CHECK (quantity > 0)\n")
                .contains("    index orders_code_lower_idx  CREATE INDEX orders_code_lower_idx ON public.orders "
                        + "USING btree (lower((code)::text))\n")
                .contains("  table public.events_2024  partition of public.events FOR VALUES FROM ('2024-01-01') TO "
                        + "('2025-01-01')\n")
                .contains("  view public.open_order_count\n    n  bigint\n    | SELECT count(*) AS n\n")
                .contains("  function public.add_tax(numeric, numeric)  returns numeric, language sql, immutable\n")
                .contains("  procedure public.archive_orders(date)  language plpgsql\n")
                .contains("    trigger orders_touch  CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders")
                .endsWith("extension citext 1.6 in schema public\n")
                .doesNotContain("_sqlx_migrations");
    }

    @Test
    void sqliteTextShowsTheStructureThePragmasReport() throws SQLException {
        String url = fixture(TestDatabase.SQLITE);

        CliRun run = CliRun.in(project, "schema", "show", "-D", url);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("SQLite 3.")
                .contains("schema main\n")
                .contains("  table main.counters  strict\n")
                .contains("  table main.settings  without rowid\n")
                .contains("    doubled      INT generated as (quantity * 2) virtual\n")
                .contains("    constraint FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE\n")
                .contains("    index orders_open_idx  create index orders_open_idx on orders(created_at) "
                        + "where status <> 'shipped'\n")
                .doesNotContain("_sqlx_migrations");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void jsonListsEveryObjectWithItsKeyAttributesAndDdl(TestDatabase database) throws Exception {
        String url = fixture(database);

        CliRun run = CliRun.in(project, "schema", "show", "-D", url, "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.get("dialect").asText()).isEqualTo(database == TestDatabase.SQLITE ? "sqlite" : "postgresql");
        assertThat(document.get("server_version").asText()).isNotBlank();
        assertThat(document.get("database").asText()).doesNotContain("postgres:postgres@");
        JsonNode status = StreamSupport.stream(document.get("objects").spliterator(), false)
                .filter(object -> object.get("kind").asText().equals("column")
                        && object.get("parent").asText().equals("orders") && object.get("name").asText().equals("status"))
                .findFirst().orElseThrow();
        assertThat(status.get("schema").asText()).isEqualTo(database == TestDatabase.SQLITE ? "main" : "public");
        assertThat(status.get("arguments").isArray()).isTrue();
        assertThat(status.get("attributes").get("not_null").asBoolean()).isTrue();
        assertThat(status.get("attributes").get("position").asInt()).isEqualTo(3);
        assertThat(status.get("ddl").isNull()).isTrue();
        JsonNode index = StreamSupport.stream(document.get("objects").spliterator(), false)
                .filter(object -> object.get("name").asText().equals("orders_open_idx")).findFirst().orElseThrow();
        assertThat(index.get("kind").asText()).isEqualTo("index");
        assertThat(index.get("ddl").asText()).contains("orders_open_idx");
        assertThat(index.get("attributes").get("columns").get(0).asText()).isEqualTo("created_at");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void sqlReplaysIntoAnEmptyDatabaseAsTheSameSchema(TestDatabase database) throws Exception {
        String url = fixture(database);
        CliRun run = CliRun.in(project, "schema", "show", "-D", url, "--format", "sql");
        assertThat(run.exitCode()).as(run.err()).isZero();

        String copy = database.freshUrl(project);
        execute(copy, run.out());

        assertThat(comparable(read(copy))).isEqualTo(comparable(read(url)));
    }

    @Test
    void postgresSqlPutsEachObjectAfterWhatItNeeds() throws SQLException {
        CliRun run = CliRun.in(project, "schema", "show", "-D", fixture(TestDatabase.POSTGRES), "--format", "sql");

        String sql = run.out();
        assertThat(sql).startsWith("SET check_function_bodies = false;\n\nCREATE SCHEMA IF NOT EXISTS billing;\n");
        assertThat(sql).contains("CREATE TABLE public.orders (\n"
                + "    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 5) NOT NULL,\n");
        assertThat(sql.indexOf("CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;"))
                .isLessThan(sql.indexOf("CREATE TABLE public.customers"));
        assertThat(sql.indexOf("CREATE TYPE public.order_status AS ENUM ('new', 'paid', 'shipped');"))
                .isLessThan(sql.indexOf("CREATE TABLE public.orders"));
        assertThat(sql.indexOf("CREATE SEQUENCE public.customers_id_seq"))
                .isLessThan(sql.indexOf("CREATE TABLE public.customers"));
        assertThat(sql.indexOf("CREATE TABLE public.events (")).isLessThan(sql.indexOf("CREATE TABLE public.events_2024"));
        assertThat(sql.indexOf("CREATE INDEX orders_open_idx")).isLessThan(sql.indexOf("orders_customer_id_fkey"));
        assertThat(sql.indexOf("CREATE VIEW public.open_orders")).isLessThan(sql.indexOf("CREATE VIEW public.open_order_count"));
        assertThat(sql.indexOf("CREATE TABLE public.orders")).isLessThan(sql.indexOf("FUNCTION public.recent_orders()"));
        assertThat(sql.indexOf("FUNCTION public.touch()")).isLessThan(sql.indexOf("CREATE TABLE public.orders"));
        assertThat(sql).doesNotContain("_sqlx_migrations");
    }

    @Test
    void theLedgerTableNamedInSqlxTomlIsLeftOut() throws Exception {
        String url = TestDatabase.POSTGRES.freshUrl(project);
        execute(url, "CREATE SCHEMA ops; CREATE TABLE ops.ledger (version bigint PRIMARY KEY); CREATE TABLE kept (id int)");
        Files.writeString(project.resolve("sqlx.toml"), "[migrate]\ntable-name = \"ops.ledger\"\n");

        CliRun run = CliRun.in(project, "schema", "show", "-D", url);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("schema ops (empty)\n", "  table public.kept\n").doesNotContain("ledger");
    }

    @Test
    void anUnreachableDatabaseIsAClearErrorWithoutThePassword() {
        CliRun run = CliRun.in(project, "schema", "show", "-D", "postgres://app:s3cret@127.0.0.1:1/app",
                "--connect-timeout", "1");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).startsWith("error: could not connect to postgres://app:****@127.0.0.1:1/app");
        assertThat(run.all()).doesNotContain("s3cret").doesNotContain("\tat ");
    }

    @Test
    void aMissingSqliteFileIsNamedAndNotCreated() {
        Path missing = project.resolve("missing.db");

        CliRun run = CliRun.in(project, "schema", "show", "-D", "sqlite://" + missing);

        assertThat(run.exitCode()).isOne();
        assertThat(run.err()).contains("database file " + missing + " does not exist");
        assertThat(missing).doesNotExist();
    }

    private String fixture(TestDatabase database) throws SQLException {
        String url = database.freshUrl(project);
        execute(url, database == TestDatabase.SQLITE ? SchemaFixtures.SQLITE : SchemaFixtures.POSTGRES);
        return url;
    }

    private void execute(String url, String sql) throws SQLException {
        DatabaseUrl parsed = DatabaseUrl.parse(url, project);
        try (Connection connection = parsed.connect(); Statement statement = connection.createStatement()) {
            Dialects.forUrl(parsed).executeScript(connection, sql, false);
        }
    }

    private SchemaSnapshot read(String url) throws SQLException {
        DatabaseUrl parsed = DatabaseUrl.parse(url, project);
        try (Connection connection = parsed.connect()) {
            return Dialects.schemaReader(parsed).read(connection, LedgerTable.DEFAULT);
        }
    }

    /** Every object's structure and column order, without estimates: what a replay must reproduce. */
    private static Map<ObjectKey, Map<Attribute, Object>> comparable(SchemaSnapshot snapshot) {
        Map<ObjectKey, Map<Attribute, Object>> objects = new LinkedHashMap<>();
        for (SchemaObject object : snapshot.objects()) {
            objects.put(object.key(), object.attributes(Set.of(Attribute.Role.STRUCTURE, Attribute.Role.ORDER)));
        }
        return objects;
    }
}
