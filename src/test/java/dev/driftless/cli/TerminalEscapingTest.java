package dev.driftless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftless.core.source.Checksums;
import dev.driftless.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * File names, descriptions, SQL and database messages can hold escape sequences; whatever the CLI
 * prints shows them as visible escapes and never hands a control character to the terminal.
 */
class TerminalEscapingTest {
    /** Sets the terminal's title, then rings its bell. */
    private static final String TITLE = "x\u001b]0;pwned\u0007";
    /** A C1 control sequence introducer and a right-to-left override, as a database could return them. */
    private static final String FROM_DATABASE = "gone\u009b31m \u202eevil";

    @TempDir
    Path project;

    @Test
    void infoAndRunEscapeControlsInFileNames() throws IOException {
        migration("1_" + TITLE + ".sql", "CREATE TABLE a (id INTEGER);");
        migration("2_line\nbreak\rreturn.sql", "CREATE TABLE b (id INTEGER);");
        migration("3_del\u007f.sql", "CREATE TABLE c (id INTEGER);");

        CliRun info = cli("migrate", "info");
        assertThat(info.out()).isEqualTo("1/pending x\\e]0;pwned\\u{7}\n"
                + "2/pending line\\nbreak\\rreturn\n"
                + "3/pending del\\u{7f}\n");

        CliRun run = cli("migrate", "run");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Applied 1/migrate x\\e]0;pwned\\u{7} (")
                .contains("\nApplied 2/migrate line\\nbreak\\rreturn (");
        assertNoControls(run);
    }

    @Test
    void jsonKeepsTheExactTextEscapedOnceAndSafeForATerminal() throws Exception {
        migration("1_" + TITLE + ".sql", "SELECT 1;");
        assertThat(cli("migrate", "run").exitCode()).isZero();
        ledgerRow(7, FROM_DATABASE);

        CliRun info = cli("migrate", "info", "--format", "json");

        assertNoControls(info);
        assertThat(info.out()).contains("\"x\\u001B]0;pwned\\u0007\"").contains("\"gone\\u009B31m \\u202Eevil\"");
        JsonNode migrations = new ObjectMapper().readTree(info.out()).get("migrations");
        assertThat(migrations.get(0).get("description").asText()).isEqualTo(TITLE);
        assertThat(migrations.get(0).get("file").asText()).endsWith("1_" + TITLE + ".sql");
        assertThat(migrations.get(1).get("description").asText()).isEqualTo(FROM_DATABASE);
    }

    @Test
    void descriptionsFromTheDatabaseAreEscaped() throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        assertThat(cli("migrate", "run").exitCode()).isZero();
        ledgerRow(7, FROM_DATABASE);

        CliRun info = cli("migrate", "info");

        assertThat(info.out()).startsWith("7/missing gone\\u{9b}31m \\u{202e}evil\n");
        CliRun forget = cli("ledger", "forget", "7", "--yes", "--repair-journal", "journal");
        assertThat(forget.exitCode()).as(forget.err()).isZero();
        assertThat(forget.out()).contains("gone\\u{9b}31m \\u{202e}evil");
        assertNoControls(forget);
    }

    @Test
    void errorsEscapeControlsOnEveryLineOfAMultiLineMessage() throws IOException {
        migration("1_a.sql", "SELECT 1;");
        migration("1_" + TITLE + ".sql", "SELECT 1;");
        migration("y\u001b[2J_bad.sql", "SELECT 1;");

        CliRun run = cli("migrate", "run");

        assertThat(run.exitCode()).isOne();
        assertThat(run.err().lines().toList()).hasSize(3).allSatisfy(line -> assertThat(line).doesNotContain("\u001b"));
        assertThat(run.err()).startsWith("error: the migrations folder ").contains("1_x\\e]0;pwned\\u{7}.sql")
                .contains("y\\e[2J_bad.sql");
        assertNoControls(run);
    }

    @Test
    void diagnoseEscapesTheDiffButKeepsItsLinesAndTabs() throws IOException {
        migration("1_" + TITLE + ".sql", "SELECT 1;\n");
        assertThat(cli("migrate", "run").exitCode()).isZero();
        migration("1_" + TITLE + ".sql", "SELECT 1;\n\tSELECT '\u001b[31m';\n");

        CliRun diagnose = cli("migrate", "diagnose");

        assertThat(diagnose.out()).startsWith("1/drifted x\\e]0;pwned\\u{7}\n")
                .contains("\n+\tSELECT '\\e[31m';\n");
        assertNoControls(diagnose);
    }

    @Test
    void usageErrorsEscapeTheArgumentsTheyQuote() {
        CliRun run = CliRun.in(project, "migrate", TITLE);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: Unmatched argument at index 1: 'x\\e]0;pwned\\u{7}'\n");
        assertNoControls(run);
    }

    /** The command on the project's SQLite database. */
    private CliRun cli(String... args) {
        return CliRun.against("sqlite://" + project.resolve("app.db") + "?mode=rwc", project, args);
    }

    private static void assertNoControls(CliRun run) {
        assertThat(run.all().replace("\n", "").replace("\t", "").chars().filter(c -> TerminalText.isUnsafe((char) c)))
                .as(run.all()).isEmpty();
    }

    private void migration(String name, String content) throws IOException {
        TestFolders.migration(project, name, content);
    }

    private void ledgerRow(long version, String description) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"));
             PreparedStatement insert = connection.prepareStatement("INSERT INTO _sqlx_migrations "
                     + "(version, description, success, checksum, execution_time) VALUES (?, ?, TRUE, ?, 1)")) {
            insert.setLong(1, version);
            insert.setString(2, description);
            insert.setBytes(3, Checksums.sha384("SELECT 7;".getBytes(StandardCharsets.UTF_8)).bytes());
            insert.executeUpdate();
        }
    }
}
