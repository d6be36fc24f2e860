package dev.driftless.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every usage error picocli can raise quotes arguments back; a password among them never shows. */
class UsageErrorPasswordTest {
    private static final String URL = "postgres://u:secret@db.example.com/shop";
    private static final String SPACED = "postgres://u:se cret@db.example.com/shop";
    private static final String QUERY = "postgres://u@db.example.com/shop?sslmode=require&password=secret";

    @TempDir
    Path project;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                arguments("misspelled verb", new String[] {"migrate", "rn", "-D", URL}),
                arguments("misspelled option with =", new String[] {"migrate", "run", "--databse-url=" + URL}),
                arguments("misspelled option", new String[] {"migrate", "run", "--databse-url", URL}),
                arguments("option in the wrong case", new String[] {"migrate", "run", "-d", URL}),
                arguments("option of another verb", new String[] {"ledger", "-D", URL}),
                arguments("second URL as a positional", new String[] {"migrate", "info", "-D", URL, URL}),
                arguments("URL as the verb", new String[] {URL}),
                arguments("URL as a sub-verb", new String[] {"database", URL}),
                arguments("URL as a number", new String[] {"migrate", "run", "--lock-timeout", URL}),
                arguments("URL as a number with =", new String[] {"migrate", "revert", "--target-version=" + URL}),
                arguments("URL as a positional number", new String[] {"ledger", "restamp", URL}),
                arguments("URL as an enum", new String[] {"migrate", "info", "--format", URL}),
                arguments("missing subcommand", new String[] {"migrate", "-D", URL}),
                arguments("missing option value", new String[] {"migrate", "run", "--source", "-D", URL, "-D"}),
                arguments("option given twice", new String[] {"migrate", "run", "-D", URL, "-D", URL}),
                arguments("mutually exclusive options", new String[] {"migrate", "add", "-t", "-s", URL}),
                arguments("password with a space", new String[] {"migrate", "run", "--databse-url=" + SPACED}),
                arguments("password with a space as a number", new String[] {"migrate", "run", "--lock-timeout=" + SPACED}),
                arguments("password in the query", new String[] {"migrate", "run", "--databse-url", QUERY}),
                arguments("password in the query as an enum", new String[] {"migrate", "diagnose", "--format=" + QUERY}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void usageErrorsNeverShowThePassword(String mistake, String[] args) {
        CliRun run = CliRun.in(project, args);

        assertThat(run.exitCode()).as(run.all()).isEqualTo(2);
        assertThat(run.err()).as("one error prefix").startsWith("error: ").doesNotContain("error: Error:");
        assertThat(run.err()).startsWith("error: ").contains("hint: see `driftless");
        assertThat(run.all()).doesNotContain("secret").doesNotContain("cret@");
    }

    @Test
    void theMaskedArgumentIsStillQuotedBack() {
        CliRun run = CliRun.in(project, "migrate", "run", "--databse-url", URL);

        assertThat(run.err()).contains("'postgres://u:****@db.example.com/shop'")
                .contains("hint: did you mean --database-url?");
    }

    @Test
    void helpNeverShowsTheEnvironmentsPassword() throws IOException {
        Files.writeString(project.resolve(".env"), "DATABASE_URL=" + URL + "\n");
        Map<String, String> environment = Map.of("DATABASE_URL", URL);
        String[][] helps = {{"--help"}, {"migrate", "--help"}, {"migrate", "run", "--help"}, {"migrate", "info", "-h"},
                {"database", "drop", "--help"}, {"ledger", "restamp", "--help"}, {"ledger", "undo", "--help"}};
        for (String[] help : helps) {
            CliRun run = CliRun.in(project, environment, "", help);

            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage: driftless");
            assertThat(run.all()).doesNotContain("secret");
        }
    }
}
