package dev.driftless.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 1: {@code migrate run} of 1,000 migrations (CREATE TABLE, CREATE INDEX, INSERT of ten
 * rows each) on a real PostgreSQL server, against dbmate on the same SQL and psql applying all of
 * it in one transaction. Every run gets a fresh database.
 */
record ApplyBenchmark(Path work, Path driftlessJar, Path baselineJar, Path installed, Launcher launcher,
                      int repetitions) {
    private static final int MIGRATIONS = 1_000;

    void run() throws Exception {
        Path sqlxDir = Files.createDirectories(work.resolve("apply/sqlx"));
        Path dbmateDir = Files.createDirectories(work.resolve("apply/dbmate"));
        Path allSql = work.resolve("apply/all.sql");
        writeMigrations(sqlxDir, dbmateDir, allSql);
        Path logs = work.resolve("logs");

        // zonky turns synchronous_commit off for fast tests; a user's server has PostgreSQL's default, on.
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
            String base = "postgres://postgres:postgres@localhost:" + server.getPort() + "/";
            Comparison comparison = new Comparison("Benchmark 1: migrate run, " + MIGRATIONS
                    + " migrations, PostgreSQL " + serverVersion(server) + " (local, synchronous_commit=on)",
                    repetitions);
            if (baselineJar != null) {
                comparison.add(Contender.driftless("baseline jar (java -jar)", repetition -> Subprocess.timed(
                        Subprocess.javaJar(List.of(), baselineJar, List.of("migrate", "run", "-D",
                                base + freshDatabase(server, "baseline", repetition), "--source", sqlxDir.toString())),
                        Map.of(), logs.resolve("apply-baseline.log"))));
            }
            comparison.add(Contender.driftless("driftless (java -jar)",
                    repetition -> driftless(List.of(), base + freshDatabase(server, "driftless", repetition),
                            sqlxDir, logs)));
            comparison.add(Contender.driftless("driftless (java -XX:TieredStopAtLevel=1 -jar)",
                    repetition -> driftless(List.of("-XX:TieredStopAtLevel=1"),
                            base + freshDatabase(server, "driftless_c1", repetition), sqlxDir, logs)));
            if (installed != null) {
                comparison.add(Contender.driftless("driftless (installed " + installed + ")", repetition ->
                        Subprocess.timed(List.of(installed.toString(), "migrate", "run", "-D",
                                base + freshDatabase(server, "driftless_installed", repetition), "--source",
                                sqlxDir.toString()), Map.of(), logs.resolve("apply-driftless-installed.log"))));
            }
            comparison.add(Contender.driftless("driftless (packaging/driftless launcher)", repetition -> {
                String url = base + freshDatabase(server, "driftless_launcher", repetition);
                return Subprocess.timed(launcher.command(List.of("migrate", "run", "-D", url, "--source",
                        sqlxDir.toString())), launcher.environment(), logs.resolve("apply-driftless-launcher.log"));
            }));
            DbmateInstaller.dbmate(work.getParent().resolve("bench-tools"), logs).ifPresentOrElse(
                    dbmate -> comparison.add(Contender.peer("dbmate " + dbmate.version(), repetition -> {
                        String url = base + freshDatabase(server, "dbmate", repetition) + "?sslmode=disable";
                        return Subprocess.timed(List.of(dbmate.executable().toString(), "--migrations-dir",
                                dbmateDir.toString(), "--no-dump-schema", "migrate"),
                                Map.of("DATABASE_URL", url), logs.resolve("apply-dbmate.log"));
                    })),
                    () -> System.out.println("note: dbmate could not be installed with npm; measuring without it"));
            if (Subprocess.onPath("psql")) {
                comparison.add(Contender.peer("psql -1 -f all.sql (no ledger)", repetition -> {
                    String url = base + freshDatabase(server, "psql", repetition);
                    return Subprocess.timed(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-1",
                            "-f", allSql.toString(), "-d", url), Map.of(), logs.resolve("apply-psql.log"));
                }));
            } else {
                System.out.println("note: psql is not on PATH; measuring without it");
            }
            comparison.warmUp().runAndPrint();
        }
    }

    private long driftless(List<String> jvmFlags, String url, Path source, Path logs) throws Exception {
        return Subprocess.timed(Subprocess.javaJar(jvmFlags, driftlessJar,
                List.of("migrate", "run", "-D", url, "--source", source.toString())),
                Map.of(), logs.resolve("apply-driftless.log"));
    }

    /** The same SQL three ways: sqlx file names, dbmate's format, and one script for psql. */
    private static void writeMigrations(Path sqlxDir, Path dbmateDir, Path allSql) throws IOException {
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= MIGRATIONS; i++) {
            String sql = migrationSql(i);
            long version = 20250101000000L + i;
            Files.writeString(sqlxDir.resolve(version + "_create_bench_" + i + ".sql"), sql, StandardCharsets.UTF_8);
            Files.writeString(dbmateDir.resolve(version + "_create_bench_" + i + ".sql"),
                    "-- migrate:up\n" + sql + "\n-- migrate:down\n", StandardCharsets.UTF_8);
            all.append(sql).append('\n');
        }
        Files.writeString(allSql, all, StandardCharsets.UTF_8);
    }

    static String migrationSql(int i) {
        List<String> rows = new ArrayList<>();
        for (int row = 1; row <= 10; row++) {
            rows.add("(" + row + ", 'item " + i + "-" + row + "', " + (row * 10) + ")");
        }
        return "CREATE TABLE bench_" + i + " (\n"
                + "    id BIGINT PRIMARY KEY,\n"
                + "    name TEXT NOT NULL,\n"
                + "    quantity INTEGER NOT NULL,\n"
                + "    created_at TIMESTAMPTZ NOT NULL DEFAULT now()\n"
                + ");\n"
                + "CREATE INDEX bench_" + i + "_name_idx ON bench_" + i + " (name);\n"
                + "INSERT INTO bench_" + i + " (id, name, quantity) VALUES\n    "
                + String.join(",\n    ", rows) + ";\n";
    }

    private static String freshDatabase(EmbeddedPostgres server, String tool, int repetition) throws SQLException {
        String name = "bench_" + tool + "_" + (repetition < 0 ? "warmup" : "r" + repetition);
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    private static String serverVersion(EmbeddedPostgres server) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }
}
