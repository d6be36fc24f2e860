package dev.driftless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `migrate info` still lists what it can when the folder has problems, and fails so scripts notice. */
class MigrateInfoProblemsTest {
    @TempDir
    Path project;

    @Test
    void missingFolderIsAnErrorNamingIt() {
        CliRun info = info("text");

        assertThat(info.exitCode()).isOne();
        assertThat(info.out()).isEmpty();
        assertThat(info.err()).isEqualTo("error: " + project.resolve("migrations")
                + ": migrations folder not found\n"
                + "hint: create it, or name another with --source DIR (or migrations-dir in sqlx.toml)\n");
    }

    @Test
    void missingFolderIsAnErrorInJsonToo() throws IOException {
        CliRun info = info("json");

        assertThat(info.exitCode()).isOne();
        JsonNode problem = new ObjectMapper().readTree(info.out()).get("problems").get(0);
        assertThat(problem.get("file").asText()).isEqualTo(project.resolve("migrations").toString());
        assertThat(info.err()).startsWith("error: " + project.resolve("migrations") + ": migrations folder not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json"})
    void duplicateVersionsAndBadNamesAreErrorsAfterTheListing(String format) throws IOException {
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        Files.writeString(migrations.resolve("1_first.sql"), "SELECT 1;");
        Files.writeString(migrations.resolve("1_again.sql"), "SELECT 1;");
        Files.writeString(migrations.resolve("2_fine.sql"), "SELECT 2;");
        Files.writeString(migrations.resolve("x_bad.sql"), "SELECT 0;");

        CliRun info = info(format);

        assertThat(info.exitCode()).isOne();
        assertThat(info.out()).contains("fine");
        assertThat(info.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("error: "));
        assertThat(info.err()).contains("duplicate version 1").contains("x_bad.sql");
    }

    @Test
    void aGoodFolderStillExitsZero() throws IOException {
        Files.writeString(Files.createDirectories(project.resolve("migrations")).resolve("1_first.sql"), "SELECT 1;");

        CliRun info = info("text");

        assertThat(info.exitCode()).as(info.err()).isZero();
        assertThat(info.all()).isEqualTo("1/pending first\n");
    }

    private CliRun info(String format) {
        return CliRun.in(project, "migrate", "info", "--format", format, "-D", "sqlite://app.db?mode=rwc");
    }
}
