package dev.driftless.bench;

import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.db.PostgresSchemaReader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Benchmark 3: {@code schema show} of a 500-table PostgreSQL schema (5,000 columns, 1,500 indexes
 * besides the primary keys, foreign keys, checks, 50 views, 100 triggers, functions, enums) against
 * {@code pg_dump --schema-only} on the same database, both started as processes. To tell JVM
 * start-up from reading, it also times {@code --version} through the launcher and the schema read
 * alone inside this (warm) JVM.
 */
public record SchemaBenchmark(Path work, Path driftlessJar, Launcher launcher, int repetitions) {
    private static final int TABLES = 500;
    private static final int VIEWS = 50;
    private static final int TRIGGERS = 100;
    private static final String DATABASE = "bench_schema";

    void run() throws Exception {
        Path logs = work.resolve("logs");
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection admin = server.getPostgresDatabase().getConnection();
                 Statement statement = admin.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            String url = "postgres://postgres:postgres@localhost:" + server.getPort() + "/" + DATABASE;
            String counts;
            try (Connection connection = server.getDatabase("postgres", DATABASE).getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute(schemaSql());
                counts = counts(statement);
            }
            System.out.println();
            System.out.println("schema read in-process (warm JVM, median of " + repetitions + "): "
                    + inProcessMillis(server) + " ms");

            Comparison comparison = new Comparison("Benchmark 3: schema show, PostgreSQL " + serverVersion(server)
                    + " (local), " + counts, repetitions);
            comparison.add(Contender.driftless("driftless --format sql (java -jar)", repetition -> Subprocess.timed(
                    Subprocess.javaJar(List.of(), driftlessJar, show(url, "sql")), Map.of(),
                    logs.resolve("schema-driftless-jar.log"))));
            for (String format : List.of("sql", "text", "json")) {
                comparison.add(Contender.driftless("driftless --format " + format + " (packaging/driftless)",
                        repetition -> Subprocess.timed(launcher.command(show(url, format)), launcher.environment(),
                                logs.resolve("schema-driftless-" + format + ".log"))));
            }
            comparison.add(Contender.driftless("driftless --version (start-up only, launcher)",
                    repetition -> Subprocess.timed(launcher.command(List.of("--version")), launcher.environment(),
                            logs.resolve("schema-driftless-version.log"))));
            String pgDump = Subprocess.onPath("pg_dump") ? "pg_dump" : null;
            if (pgDump != null) {
                String dumpUrl = "postgresql://postgres:postgres@localhost:" + server.getPort() + "/" + DATABASE;
                comparison.add(Contender.peer("pg_dump --schema-only (" + pgDumpVersion() + ")",
                        repetition -> Subprocess.timed(List.of(pgDump, "--schema-only", "--no-password", "-d", dumpUrl),
                                Map.of(), logs.resolve("schema-pg_dump.log"))));
            } else {
                System.out.println("note: pg_dump is not on PATH; measuring without it");
            }
            comparison.warmUp().runAndPrint();
        }
    }

    private static List<String> show(String url, String format) {
        return List.of("schema", "show", "-D", url, "--format", format);
    }

    /** Reads the schema in this JVM several times after two warm-up reads: the queries and the model, no start-up. */
    private long inProcessMillis(EmbeddedPostgres server) throws SQLException {
        long[] samples = new long[repetitions];
        try (Connection connection = server.getDatabase("postgres", DATABASE).getConnection()) {
            PostgresSchemaReader reader = new PostgresSchemaReader();
            for (int i = -2; i < repetitions; i++) {
                long start = System.nanoTime();
                SchemaSnapshot snapshot = reader.read(connection, LedgerTable.DEFAULT);
                long elapsed = System.nanoTime() - start;
                if (i >= 0) {
                    samples[i] = elapsed;
                } else if (snapshot.size() == 0) {
                    throw new IllegalStateException("the generated schema was not read");
                }
            }
        }
        Arrays.sort(samples);
        return samples[repetitions / 2] / 1_000_000;
    }

    /** 500 tables of 10 columns, each with a primary key, 3 indexes (plain, partial, expression) and a check. */
    public static String schemaSql() {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TYPE bench_state AS ENUM ('new', 'active', 'closed');");
        sql.add("CREATE FUNCTION bench_touch() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;");
        for (int i = 1; i <= TABLES; i++) {
            String table = "bench_" + i;
            sql.add("CREATE TABLE " + table + " (\n"
                    + "    id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,\n"
                    + "    parent_id bigint" + (i > 1 ? " REFERENCES bench_" + (i - 1) + " (id)" : "") + ",\n"
                    + "    name character varying(80) NOT NULL,\n"
                    + "    state bench_state NOT NULL DEFAULT 'new',\n"
                    + "    quantity integer NOT NULL DEFAULT 0 CHECK (quantity >= 0),\n"
                    + "    price numeric(12, 2),\n"
                    + "    note text,\n"
                    + "    payload jsonb,\n"
                    + "    created_at timestamptz NOT NULL DEFAULT now(),\n"
                    + "    updated_at timestamptz\n"
                    + ");");
            sql.add("CREATE INDEX " + table + "_name_idx ON " + table + " (name);");
            sql.add("CREATE INDEX " + table + "_open_idx ON " + table + " (created_at) WHERE state <> 'closed';");
            sql.add("CREATE INDEX " + table + "_lower_name_idx ON " + table + " (lower(name));");
            if (i <= TRIGGERS) {
                sql.add("CREATE TRIGGER " + table + "_touch BEFORE UPDATE ON " + table
                        + " FOR EACH ROW EXECUTE FUNCTION bench_touch();");
            }
            if (i <= VIEWS) {
                sql.add("CREATE VIEW " + table + "_open AS SELECT id, name, quantity FROM " + table
                        + " WHERE state <> 'closed';");
            }
            if (i <= 20) {
                sql.add("CREATE FUNCTION " + table + "_total(minimum integer) RETURNS numeric LANGUAGE sql STABLE AS "
                        + "$$ SELECT sum(price * quantity) FROM " + table + " WHERE quantity >= minimum $$;");
            }
        }
        return String.join("\n", sql);
    }

    private static String counts(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery("SELECT"
                + " (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relkind = 'r'),"
                + " (SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped),"
                + " (SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public')")) {
            row.next();
            return String.format(Locale.ROOT, "%d tables, %d columns, %d indexes (primary keys included), "
                    + "%d views, %d triggers", row.getLong(1), row.getLong(2), row.getLong(3), VIEWS, TRIGGERS);
        }
    }

    private static String pgDumpVersion() throws Exception {
        Process process = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
        String version = new String(process.getInputStream().readAllBytes()).strip();
        process.waitFor();
        return version;
    }

    private static String serverVersion(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }
}
