package dev.driftless.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MigrateAddTest {
    @TempDir
    Path project;

    @Test
    void firstMigrationGetsATimestampAndTheSimpleTemplate() throws IOException {
        CliRun add = CliRun.in(project, "migrate", "add", "create", "users");

        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).matches("Creating migrations/\\d{14}_create_users\\.sql\n");
        Path created = project.resolve(add.out().substring("Creating ".length()).strip());
        assertThat(Files.readString(created)).isEqualTo("-- Add migration script here\n");
    }

    @Test
    void sequentialNumbersAreInferredOnceStarted() {
        assertThat(CliRun.in(project, "migrate", "add", "-s", "first").out()).isEqualTo("Creating migrations/0001_first.sql\n");
        assertThat(CliRun.in(project, "migrate", "add", "second").out()).isEqualTo("Creating migrations/0002_second.sql\n");
        assertThat(CliRun.in(project, "migrate", "add", "third").out()).isEqualTo("Creating migrations/0003_third.sql\n");
    }

    @Test
    void reversibleCreatesAPairAndLaterMigrationsFollowTheLatestType() throws IOException {
        CliRun pair = CliRun.in(project, "migrate", "add", "-r", "-s", "orders");
        assertThat(pair.out()).isEqualTo("Creating migrations/0001_orders.up.sql\nCreating migrations/0001_orders.down.sql\n");
        assertThat(Files.readString(project.resolve("migrations/0001_orders.up.sql"))).isEqualTo("-- Add up migration script here\n");
        assertThat(Files.readString(project.resolve("migrations/0001_orders.down.sql"))).isEqualTo("-- Add down migration script here\n");

        assertThat(CliRun.in(project, "migrate", "add", "status").out()).contains("0002_status.up.sql", "0002_status.down.sql");
        assertThat(CliRun.in(project, "migrate", "add", "--simple", "seed").out()).isEqualTo("Creating migrations/0003_seed.sql\n");
    }

    @Test
    void neverOverwritesAnExistingFile() throws IOException {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve("migrations/0001_base.sql"), "SELECT 1;");
        Files.writeString(project.resolve("migrations/0002_orders.down.sql"), "keep me");

        CliRun add = CliRun.in(project, "migrate", "add", "-r", "-s", "orders");

        assertThat(add.exitCode()).isOne();
        assertThat(add.err()).contains("0002_orders.down.sql already exists; nothing was written");
        assertThat(Files.readString(project.resolve("migrations/0002_orders.down.sql"))).isEqualTo("keep me");
        assertThat(Files.exists(project.resolve("migrations/0002_orders.up.sql"))).isFalse();
    }

    @Test
    void followsTheOneFolderPerMigrationLayout() throws IOException {
        Files.createDirectories(project.resolve("migrations/0001_users"));
        Files.writeString(project.resolve("migrations/0001_users/up.sql"), "SELECT 1;");
        Files.writeString(project.resolve("migrations/0001_users/down.sql"), "SELECT 2;");

        CliRun add = CliRun.in(project, "migrate", "add", "orders");

        assertThat(add.out()).isEqualTo("Creating migrations/0002_orders/up.sql\nCreating migrations/0002_orders/down.sql\n");
    }

    @Test
    void sqlxTomlDefaultsAndSourceFlagAreHonoured() throws IOException {
        Files.writeString(project.resolve("sqlx.toml"), """
                [migrate]
                migrations-dir = "db/migrations"
                [migrate.defaults]
                migration-type = "reversible"
                migration-versioning = "sequential"
                """);
        assertThat(CliRun.in(project, "migrate", "add", "users").out())
                .isEqualTo("Creating db/migrations/0001_users.up.sql\nCreating db/migrations/0001_users.down.sql\n");
        assertThat(CliRun.in(project, "migrate", "add", "--source", "other", "--simple", "x").out())
                .isEqualTo("Creating other/0001_x.sql\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            create\\nusers | U+000A (line feed)
            create\\tusers | U+0009 (character tabulation)
            a\\u001Bb       | U+001B (escape)
            a\\u007Fb       | U+007F (delete)""")
    void aDescriptionWithAControlCharacterIsRefusedNamingIt(String escaped, String named) throws IOException {
        String description = escaped.replace("\\n", "\n").replace("\\t", "\t").replace("\\u001B", "\u001B")
                .replace("\\u007F", "\u007F");

        CliRun add = CliRun.in(project, "migrate", "add", description);

        assertThat(add.exitCode()).isOne();
        assertThat(add.err()).startsWith("error: a description must not contain control characters; this one "
                + "contains " + named + "\n").doesNotContain(description);
        assertThat(Files.exists(project.resolve("migrations")) ? Files.list(project.resolve("migrations")) : Stream.empty())
                .isEmpty();
    }

    @Test
    void aDescriptionWithASlashIsStillRefused() {
        CliRun add = CliRun.in(project, "migrate", "add", "a/b");

        assertThat(add.exitCode()).isOne();
        assertThat(add.err()).contains("error: description \"a/b\" must not contain / or \\");
    }

    @Test
    void conflictingFlagsAreAUsageError() throws IOException {
        CliRun add = CliRun.in(project, "migrate", "add", "-r", "--simple", "x");
        assertThat(add.exitCode()).isEqualTo(2);
        assertThat(add.err()).startsWith("error: ").contains("mutually exclusive")
                .contains("hint: see `driftless migrate add --help`");
        try (Stream<Path> files = Files.list(project)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void secondTimestampMigrationInTheSameSecondWaitsForTheNextOne() {
        CliRun first = CliRun.in(project, "migrate", "add", "-t", "first");
        CliRun second = CliRun.in(project, "migrate", "add", "-t", "second");

        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(version(second)).isGreaterThan(version(first));
    }

    @Test
    void configFileNamedByTheFlagReplacesSqlxToml() throws IOException {
        Files.writeString(project.resolve("sqlx.toml"), "[migrate.defaults]\nmigration-type = \"reversible\"\n");
        Files.writeString(project.resolve("sequential.toml"), "[migrate.defaults]\nmigration-versioning = \"sequential\"\n");

        assertThat(CliRun.in(project, "migrate", "add", "--config", "sequential.toml", "users").out())
                .isEqualTo("Creating migrations/0001_users.sql\n");
        CliRun missing = CliRun.in(project, "migrate", "add", "--config=nope.toml", "users");
        assertThat(missing.exitCode()).isOne();
        assertThat(missing.err()).isEqualTo("error: config file " + project.resolve("nope.toml") + " does not exist\n");
    }

    private static long version(CliRun add) {
        return Long.parseLong(add.out().replaceFirst("^Creating migrations/(\\d+)_.*\\s*$", "$1"));
    }
}
