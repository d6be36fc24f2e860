package dev.driftless.bench.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Generated inputs of the window benchmark: migration folders and big SQL files. */
final class UiFixtures {
    private UiFixtures() {
    }

    /** {@code count} small migrations (versions 1..count) in {@code project/migrations}, and a .env with the URL. */
    static void project(Path project, int count, String databaseUrl) throws IOException {
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        for (int i = 1; i <= count; i++) {
            Files.writeString(migrations.resolve(String.format("%05d_create_table_%d.sql", i, i)),
                    "-- migration " + i + "\nCREATE TABLE bench_" + i + " (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
                            + "INSERT INTO bench_" + i + " (id, name) VALUES (1, 'row " + i + "');\n");
        }
        Files.writeString(project.resolve(".env"), "DATABASE_URL=" + databaseUrl + "\n");
    }

    /** About {@code bytes} of ordinary migration SQL: comments, DDL and INSERTs with strings and numbers. */
    static void sqlFile(Path file, long bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            long written = 0;
            for (int i = 0; written < bytes; i++) {
                String chunk = (i % 50 == 0
                        ? "-- block " + i + ": a table and its rows\nCREATE TABLE IF NOT EXISTS items_" + i
                        + " (\n    id BIGINT PRIMARY KEY,\n    name TEXT NOT NULL, -- shown to people\n"
                        + "    price NUMERIC(10, 2) DEFAULT 0\n);\n"
                        : "")
                        + "INSERT INTO items_" + (i / 50 * 50) + " (id, name, price) VALUES (" + i + ", 'item "
                        + i + "', " + (i % 997) + ".50);\n";
                out.write(chunk);
                written += chunk.length();
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
