package dev.driftless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftless.testing.GitRepo;
import dev.driftless.testing.TestDatabase;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** `migrate diagnose` through the command line, on real SQLite files (and one PostgreSQL database). */
class DiagnoseCommandTest {
    private static final String APPLIED = "CREATE TABLE users (\n    id INTEGER PRIMARY KEY,\n    name TEXT\n);\n";
    private static final String FILE = "migrations/1_create_users.sql";

    @TempDir
    Path project;
    @TempDir
    Path journal;
    @TempDir
    Path otherJournal;

    private String url;

    /** The edits a file suffers after it was applied, and how each is classified. */
    enum Edit {
        CRLF("line-endings", text -> text.replace("\n", "\r\n")),
        BOM("bom", text -> "\uFEFF" + text),
        WHITESPACE("whitespace", text -> text.replace("(\n", "(   \n")),
        COMMENT("comments", text -> "-- who signs in\n" + text),
        SEMANTIC("semantic", text -> text.replace("name TEXT", "name TEXT NOT NULL"));

        final String label;
        final UnaryOperator<String> apply;

        Edit(String label, UnaryOperator<String> apply) {
            this.label = label;
            this.apply = apply;
        }
    }

    @ParameterizedTest
    @CsvSource({"CRLF", "BOM", "WHITESPACE", "COMMENT", "SEMANTIC"})
    void journalGivesTheAppliedTextForEveryKindOfEdit(Edit edit) throws Exception {
        applyThenEdit(TestDatabase.SQLITE, edit);

        JsonNode diagnosis = onlyDiagnosis(diagnose(journal, "--format", "json"));

        assertThat(diagnosis.get("status").asText()).isEqualTo("drifted");
        assertThat(diagnosis.get("classification").asText()).isEqualTo(edit.label);
        assertThat(diagnosis.get("applied_text_source").asText()).isEqualTo("journal");
        assertThat(diagnosis.get("diff").asText()).startsWith("--- a/" + FILE + "\n+++ b/" + FILE + "\n@@ ");
    }

    @Test
    void aCommentPutAboveNoTransactionIsSemanticAndSaysWhy() throws Exception {
        write("-- no-transaction\n" + APPLIED);
        applyThenEdit(TestDatabase.SQLITE, Edit.COMMENT);

        JsonNode diagnosis = onlyDiagnosis(diagnose(journal, "--format", "json"));

        assertThat(diagnosis.get("classification").asText()).isEqualTo("semantic");
        assertThat(diagnosis.get("cosmetic").asBoolean()).isFalse();
        assertThat(diagnosis.get("explanation").asText())
                .contains("the database ran it outside a transaction, and it would now run in one");
    }

    @ParameterizedTest
    @CsvSource({"CRLF", "BOM", "WHITESPACE", "COMMENT", "SEMANTIC"})
    void gitHistoryGivesTheAppliedTextWithoutAJournal(Edit edit) throws Exception {
        RevCommit applied;
        try (GitRepo git = GitRepo.init(project)) {
            write(APPLIED);
            applied = git.commitAll("migrations", "create users");
            applyThenEdit(TestDatabase.SQLITE, edit);
        }

        JsonNode diagnosis = onlyDiagnosis(diagnose(otherJournal, "--format", "json"));

        assertThat(diagnosis.get("classification").asText()).isEqualTo(edit.label);
        assertThat(diagnosis.get("applied_text_source").asText()).isEqualTo("git:" + applied.getName());
        assertThat(diagnosis.get("explanation").asText()).contains("Ada Lovelace <ada@example.org>");
    }

    @ParameterizedTest
    @CsvSource({"CRLF,line-endings,reconstructed", "BOM,bom,reconstructed", "WHITESPACE,whitespace,reconstructed",
            "COMMENT,unknown,unknown", "SEMANTIC,unknown,unknown"})
    void withNeitherJournalNorGitOnlyCosmeticEditsAreReconstructed(Edit edit, String classification, String source)
            throws Exception {
        applyThenEdit(TestDatabase.SQLITE, edit);

        JsonNode diagnosis = onlyDiagnosis(diagnose(otherJournal, "--format", "json"));

        assertThat(diagnosis.get("classification").asText()).isEqualTo(classification);
        assertThat(diagnosis.get("applied_text_source").asText()).isEqualTo(source);
        assertThat(diagnosis.get("diff").isNull()).isEqualTo(source.equals("unknown"));
    }

    @Test
    void textShowsTheDiffOfASemanticEditOnPostgres() throws Exception {
        applyThenEdit(TestDatabase.POSTGRES, Edit.SEMANTIC);

        CliRun run = diagnose(journal);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("1/drifted create users\n  classification: semantic\n  applied text: journal\n")
                .contains("--- a/" + FILE, "+++ b/" + FILE, "-    name TEXT\n+    name TEXT NOT NULL\n");
    }

    @Test
    void missingFileNamesTheCommitThatRemovedIt() throws Exception {
        RevCommit removal;
        try (GitRepo git = GitRepo.init(project)) {
            write(APPLIED);
            git.commitAll("migrations", "create users");
            applyThenEdit(TestDatabase.SQLITE, null);
            Files.delete(project.resolve(FILE));
            removal = git.commitAll("migrations", "drop the users migration");
        }

        JsonNode diagnosis = onlyDiagnosis(diagnose(otherJournal, "--format", "json"));

        assertThat(diagnosis.get("status").asText()).isEqualTo("missing");
        assertThat(diagnosis.get("removed_by").asText()).isEqualTo(removal.getName());
        assertThat(diagnosis.get("explanation").asText()).contains("Commit " + removal.getName(), FILE);
        assertThat(diagnosis.get("applied_text_source").asText()).startsWith("git:");
        assertThat(diagnosis.get("diff").asText()).contains("+++ /dev/null", "-    name TEXT");
    }

    @Test
    void failedRowIsExplained() throws Exception {
        applyThenEdit(TestDatabase.SQLITE, null);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + url.substring("sqlite://".length(),
                url.indexOf('?'))); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE _sqlx_migrations SET success = false");
        }

        CliRun run = diagnose(journal);

        assertThat(run.out()).startsWith("1/failed create users\n  classification: unchanged (cosmetic)\n")
                .contains("success = false");
    }

    @Test
    void nothingToDiagnoseSaysSo() throws Exception {
        applyThenEdit(TestDatabase.SQLITE, null);

        assertThat(diagnose(journal).out()).isEqualTo("no drifted, missing or failed migrations\n");
        JsonNode json = new ObjectMapper().readTree(diagnose(journal, "--format", "json").out());
        assertThat(json.get("diagnoses").isArray()).isTrue();
        assertThat(json.get("diagnoses")).isEmpty();
    }

    /** Applies {@link #APPLIED} (journalled in {@link #journal}), then edits the file unless {@code edit} is null. */
    private void applyThenEdit(TestDatabase database, Edit edit) throws Exception {
        url = database.freshUrl(project);
        if (!Files.exists(project.resolve(FILE))) {
            write(APPLIED);
        }
        CliRun run = CliRun.in(project, "migrate", "run", "-D", url, "--journal", journal.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        if (edit != null) {
            write(edit.apply.apply(APPLIED));
        }
    }

    private CliRun diagnose(Path journalRoot, String... more) {
        String[] args = new String[5 + more.length];
        System.arraycopy(new String[]{"migrate", "diagnose", "-D", url, "--journal=" + journalRoot}, 0, args, 0, 5);
        System.arraycopy(more, 0, args, 5, more.length);
        return CliRun.in(project, args);
    }

    private static JsonNode onlyDiagnosis(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode diagnoses = new ObjectMapper().readTree(run.out()).get("diagnoses");
        assertThat(diagnoses).hasSize(1);
        return diagnoses.get(0);
    }

    private void write(String text) throws Exception {
        Files.createDirectories(project.resolve("migrations"));
        Files.writeString(project.resolve(FILE), text);
    }
}
