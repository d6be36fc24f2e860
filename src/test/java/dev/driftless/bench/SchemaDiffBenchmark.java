package dev.driftless.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Benchmark 4: {@code schema diff} of a 200-migration PostgreSQL project against {@code migrate run}
 * of the same 200 migrations into an empty database (the reference: the diff replays them all into
 * a shadow), both through the launcher, in the same run. Measured twice for the diff: on a clean
 * database (one replay, two schema reads) and on one with a column dropped by hand (then a second
 * replay reads the schema after every migration, for attribution).
 */
record SchemaDiffBenchmark(Path work, Launcher launcher, int repetitions) {
    private static final int MIGRATIONS = 200;

    void run() throws Exception {
        Path source = Files.createDirectories(work.resolve("diff/migrations"));
        writeMigrations(source);
        Path logs = work.resolve("logs");
        // As benchmark 1: synchronous_commit back on, PostgreSQL's default on a user's server.
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
            String base = "postgres://postgres:postgres@localhost:" + server.getPort() + "/";
            String clean = base + migratedDatabase(server, "bench_diff_clean", source, logs);
            String drifted = base + migratedDatabase(server, "bench_diff_drifted", source, logs);
            try (Connection connection = server.getDatabase("postgres", "bench_diff_drifted").getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE bench_100 DROP COLUMN quantity");
            }
            Comparison comparison = new Comparison("Benchmark 4: schema diff vs migrate run, " + MIGRATIONS
                    + " migrations, PostgreSQL (local, synchronous_commit=on), packaging/driftless", repetitions);
            comparison.add(Contender.peer("migrate run into an empty database", repetition -> Subprocess.timed(
                    launcher.command(List.of("migrate", "run", "-D", base + freshDatabase(server, repetition),
                            "--source", source.toString())),
                    launcher.environment(), logs.resolve("diff-migrate-run.log"))));
            comparison.add(Contender.driftless("schema diff, clean database",
                    repetition -> diff(clean, source, logs.resolve("diff-clean.log"), 0)));
            comparison.add(Contender.driftless("schema diff, one column dropped (attributed)",
                    repetition -> diff(drifted, source, logs.resolve("diff-drifted.log"), 1)));
            comparison.warmUp().runAndPrint();
        }
    }

    private long diff(String url, Path source, Path log, int expectedExit) throws Exception {
        return Subprocess.timed(launcher.command(List.of("schema", "diff", "-D", url, "--source", source.toString())),
                launcher.environment(), log, expectedExit);
    }

    private String migratedDatabase(EmbeddedPostgres server, String name, Path source, Path logs) throws Exception {
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        Subprocess.timed(launcher.command(List.of("migrate", "run", "-D", "postgres://postgres:postgres@localhost:"
                + server.getPort() + "/" + name, "--source", source.toString())), launcher.environment(),
                logs.resolve("diff-setup.log"));
        return name;
    }

    /** Benchmark 1's migrations: a table, an index and ten rows each. */
    private static void writeMigrations(Path source) throws IOException {
        for (int i = 1; i <= MIGRATIONS; i++) {
            long version = 20250101000000L + i;
            Files.writeString(source.resolve(version + "_create_bench_" + i + ".sql"), ApplyBenchmark.migrationSql(i),
                    StandardCharsets.UTF_8);
        }
    }

    private static String freshDatabase(EmbeddedPostgres server, int repetition) throws SQLException {
        String name = "bench_diff_run_" + (repetition < 0 ? "warmup" : "r" + repetition);
        try (Connection admin = server.getPostgresDatabase().getConnection();
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return name;
    }
}
