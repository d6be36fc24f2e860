package dev.driftless.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 2: {@code migrate info} over 10,000 migration files of about 10 KB each against an
 * empty SQLite database, against {@code sha384sum} hashing the same files. Both start as
 * processes with the OS cache warm, so the figure is what a user waits for. Driftless is measured
 * with a plain {@code java -jar}, with C1 only, with an AppCDS archive, and through the
 * {@code packaging/driftless} launcher that sets such flags.
 */
record InfoBenchmark(Path work, Path driftlessJar, Path baselineJar, Path installed, Launcher launcher,
                     int repetitions) {
    private static final int MIGRATIONS = 10_000;
    private static final int TARGET_BYTES = 10_000;

    void run() throws Exception {
        Path migrations = work.resolve("info/migrations");
        writeMigrations(migrations);
        Path database = work.resolve("info/empty.db");
        Files.deleteIfExists(database);
        String url = "sqlite://" + database + "?mode=rwc";
        Path logs = work.resolve("logs");
        List<String> info = List.of("migrate", "info", "--source", migrations.toString(), "-D", url);
        Path archive = createCdsArchive(info, logs);

        Comparison comparison = new Comparison("Benchmark 2: migrate info, " + MIGRATIONS
                + " files of ~10 KB (" + totalMegabytes(migrations) + " MB), empty SQLite, warm OS cache",
                repetitions);
        if (baselineJar != null) {
            comparison.add(Contender.driftless("baseline jar (java -jar)", repetition -> Subprocess.timed(
                    Subprocess.javaJar(List.of(), baselineJar, info), Map.of(), logs.resolve("info-baseline.log"))));
        }
        comparison.add(Contender.driftless("driftless (java -jar)",
                repetition -> driftless(List.of(), info, logs)));
        comparison.add(Contender.driftless("driftless (java -XX:TieredStopAtLevel=1 -jar)",
                repetition -> driftless(List.of("-XX:TieredStopAtLevel=1"), info, logs)));
        comparison.add(Contender.driftless("driftless (java -XX:SharedArchiveFile -jar)",
                repetition -> driftless(List.of("-XX:SharedArchiveFile=" + archive), info, logs)));
        if (installed != null) {
            List<String> command = new ArrayList<>(List.of(installed.toString()));
            command.addAll(info);
            comparison.add(Contender.driftless("driftless (installed " + installed + ")", repetition ->
                    Subprocess.timed(command, Map.of(), logs.resolve("info-driftless-installed.log"))));
        }
        comparison.add(Contender.driftless("driftless (packaging/driftless launcher)",
                repetition -> Subprocess.timed(launcher.command(info), launcher.environment(),
                        logs.resolve("info-driftless-launcher.log"))));
        comparison.add(Contender.peer("sha384sum", repetition -> Subprocess.timed(
                List.of("bash", "-c", "sha384sum \"$0\"/*.sql > /dev/null", migrations.toString()),
                Map.of(), logs.resolve("info-sha384sum.log"))));
        comparison.warmUp().runAndPrint();
    }

    private long driftless(List<String> jvmFlags, List<String> info, Path logs) throws Exception {
        return Subprocess.timed(Subprocess.javaJar(jvmFlags, driftlessJar, info), Map.of(),
                logs.resolve("info-driftless.log"));
    }

    /** A JDK 17 AppCDS archive of the classes one `migrate info` loads: what a packaged launcher could ship. */
    private Path createCdsArchive(List<String> info, Path logs) throws Exception {
        Path archive = work.resolve("info/driftless.jsa");
        Files.deleteIfExists(archive);
        driftless(List.of("-XX:ArchiveClassesAtExit=" + archive), info, logs);
        return archive;
    }

    /**
     * Valid SQL text of about 10 KB per file, ASCII mostly; every tenth file carries UTF-8 text
     * (accents, CJK, an emoji) so the UTF-8 check has real multi-byte input.
     */
    private static void writeMigrations(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (int i = 1; i <= MIGRATIONS; i++) {
            StringBuilder sql = new StringBuilder("-- migration ").append(i).append(": sample schema and data\n");
            sql.append("CREATE TABLE IF NOT EXISTS info_").append(i)
                    .append(" (id BIGINT PRIMARY KEY, label TEXT NOT NULL, amount NUMERIC(12, 2));\n");
            for (int row = 1; sql.length() < TARGET_BYTES; row++) {
                String label = i % 10 == 0 && row % 4 == 0 ? "Zürich café № " + row + " 東京 🚀" : "label number " + row;
                sql.append("INSERT INTO info_").append(i).append(" (id, label, amount) VALUES (")
                        .append(row).append(", '").append(label).append("', ").append(row * 3).append(".50);\n");
            }
            Files.writeString(directory.resolve((20250101000000L + i) + "_info_" + i + ".sql"), sql,
                    StandardCharsets.UTF_8);
        }
    }

    private static long totalMegabytes(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.mapToLong(file -> file.toFile().length()).sum() / 1_000_000;
        }
    }
}
