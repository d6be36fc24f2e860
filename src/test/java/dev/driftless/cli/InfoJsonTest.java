package dev.driftless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftless.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InfoJsonTest {
    @TempDir
    Path project;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void infoJsonIsOneObjectWithEveryFieldAndNothingElseOnStdout(TestDatabase database) throws Exception {
        String url = database.freshUrl(project);
        Path migrations = Files.createDirectories(project.resolve("migrations"));
        Files.writeString(migrations.resolve("1_users.up.sql"), "CREATE TABLE users (id INTEGER);");
        Files.writeString(migrations.resolve("1_users.down.sql"), "DROP TABLE users;");
        Files.writeString(migrations.resolve("3_index.sql"), "-- no-transaction\nCREATE INDEX users_id ON users (id);");
        assertThat(CliRun.in(project, "migrate", "run", "-D", url).exitCode()).isZero();
        Files.writeString(migrations.resolve("2_late.sql"), "SELECT 2;");
        Files.writeString(migrations.resolve("x_bad.sql"), "SELECT 0;");
        Files.writeString(migrations.resolve("4_shouting.SQL"), "SELECT 4;");

        CliRun info = CliRun.in(project, "migrate", "info", "--format", "json", "-D", url);

        assertThat(info.exitCode()).as("x_bad.sql is a problem").isOne();
        assertThat(info.err()).startsWith("error: " + migrations.resolve("x_bad.sql") + ": ");
        JsonNode json = new ObjectMapper().readTree(info.out());
        assertThat(fieldNames(json)).containsExactly("source", "database", "table", "migrations", "problems",
                "notes");
        assertThat(json.get("table").asText()).isEqualTo("_sqlx_migrations");
        assertThat(json.get("source").asText()).isEqualTo(migrations.toString());
        JsonNode first = json.get("migrations").get(0);
        assertThat(fieldNames(first)).containsExactly("version", "description", "type", "status", "out_of_order",
                "no_transaction", "file", "down_file", "checksum", "applied_checksum", "installed_on",
                "execution_time_ns");
        assertThat(first.get("version").asLong()).isEqualTo(1);
        assertThat(first.get("type").asText()).isEqualTo("reversible");
        assertThat(first.get("status").asText()).isEqualTo("applied");
        assertThat(first.get("down_file").asText()).endsWith("1_users.down.sql");
        assertThat(first.get("checksum").asText()).hasSize(96).isEqualTo(first.get("applied_checksum").asText());
        assertThat(first.get("execution_time_ns").asLong()).isPositive();
        JsonNode late = json.get("migrations").get(1);
        assertThat(late.get("status").asText()).isEqualTo("pending");
        assertThat(late.get("out_of_order").asBoolean()).isTrue();
        assertThat(late.get("applied_checksum").isNull()).isTrue();
        assertThat(json.get("migrations").get(2).get("no_transaction").asBoolean()).isTrue();
        assertThat(json.get("problems")).singleElement().satisfies(problem -> {
            assertThat(problem.get("file").asText()).endsWith("x_bad.sql");
            assertThat(problem.get("message").asText()).contains("expected integer version prefix");
        });
        assertThat(json.get("notes")).singleElement().satisfies(note -> {
            assertThat(fieldNames(note)).containsExactly("file", "message");
            assertThat(note.get("file").asText()).endsWith("4_shouting.SQL");
            assertThat(note.get("message").asText()).contains("lower case");
        });
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
