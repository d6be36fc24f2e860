package dev.driftless.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * `completions SHELL`: each script is checked by its own shell where that shell is installed
 * (bash here and in CI; fish and zsh only where present, otherwise those tests are skipped).
 */
class CompletionsCommandTest {
    @TempDir
    Path folder;

    @Test
    void bashScriptParsesAndCompletesSubcommandsAndValues() throws Exception {
        assumeTrue(installed("bash"));
        Path script = script("bash");

        assertThat(run("bash", "-n", script.toString()).exitCode).isZero();
        assertThat(bashCompletes(script, "driftless", "migrate", "r")).containsExactly("run", "revert");
        assertThat(bashCompletes(script, "driftless", "")).containsExactly("migrate", "database", "ledger", "schema",
                "completions");
        assertThat(bashCompletes(script, "driftless", "migrate", "info", "--format", "")).containsExactly("text", "json");
        assertThat(bashCompletes(script, "driftless", "migrate", "build-script", "--f")).containsExactly("--force");
    }

    @Test
    void fishScriptParsesAndCompletesSubcommandsOptionsAndValues() throws Exception {
        assumeTrue(installed("fish"));
        Path script = script("fish");

        assertThat(run("fish", "-n", script.toString()).exitCode).isZero();
        assertThat(fishCompletes(script, "driftless migrate r")).containsExactly("revert", "run");
        assertThat(fishCompletes(script, "driftless database create --sqlite")).containsExactly("--sqlite-create-db-wal");
        assertThat(fishCompletes(script, "driftless database create --sqlite-create-db-wal ")).containsExactly("false", "true");
        assertThat(fishCompletes(script, "driftless completions ")).containsExactly("bash", "fish", "zsh");
    }

    @Test
    void zshScriptParses() throws Exception {
        assumeTrue(installed("zsh"));

        assertThat(run("zsh", "-n", script("zsh").toString()).exitCode).isZero();
    }

    @Test
    void scriptsFollowTheCommandLineModelAndLeaveHiddenOptionsOut() throws IOException {
        String fish = Files.readString(script("fish"));
        String zsh = Files.readString(script("zsh"));

        assertThat(fish).contains("__fish_seen_subcommand_from migrate; and __fish_seen_subcommand_from run' -l config")
                .contains("-l format -d 'text, or json (one object on standard output).' -x -a 'text json'")
                .contains("-l source -d 'Folder of migration files (default: migrations-dir from sqlx.toml, else "
                        + "migrations).' -x -a '(__fish_complete_directories)'")
                .doesNotContain("-l journal ");
        assertThat(zsh).startsWith("#compdef driftless\n")
                .contains("_driftless_migrate_build_script() {")
                .contains("'(-D --database-url)'{-D+,--database-url=}'[Database URL; default\\: DATABASE_URL from "
                        + "the environment or a .env file.]:URL: '")
                .doesNotContain("--journal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"powershell", "elvish", "tcsh"})
    void otherShellsAreRefusedNamingTheOnesThereAre(String shell) {
        CliRun run = CliRun.in(folder, "completions", shell);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no completions for '" + shell + "'; Driftless makes them for bash, zsh, fish");
        assertThat(run.out()).isEmpty();
    }

    private Path script(String shell) throws IOException {
        CliRun run = CliRun.in(folder, "completions", shell);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Files.writeString(folder.resolve("driftless." + shell), run.out());
    }

    /** What bash's completion function offers for the words, the last one being completed. */
    private List<String> bashCompletes(Path script, String... words) throws Exception {
        String quoted = String.join(" ", Arrays.stream(words).map(word -> "'" + word + "'").toList());
        String line = String.join(" ", words);
        String program = "source '" + script + "' 2>/dev/null; COMP_WORDS=(" + quoted + "); COMP_CWORD="
                + (words.length - 1) + "; COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; "
                + "_complete_driftless 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"";
        return run("bash", "-c", program).stdout.lines().filter(entry -> !entry.isEmpty()).toList();
    }

    /** What fish offers for the command line, without the descriptions. */
    private List<String> fishCompletes(Path script, String commandLine) throws Exception {
        String program = "source '" + script + "'; complete -C '" + commandLine + "'";
        return run("fish", "-c", program).stdout.lines().map(entry -> entry.split("\t")[0]).toList();
    }

    private static boolean installed(String shell) {
        try {
            return run(shell, "-c", "exit 0").exitCode == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private record Result(int exitCode, String stdout) {
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s finished", command[0]).isTrue();
        return new Result(process.exitValue(), stdout);
    }
}
