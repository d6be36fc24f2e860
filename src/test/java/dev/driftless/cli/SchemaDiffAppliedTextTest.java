package dev.driftless.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driftless.testing.TestDatabase;
import dev.driftless.testing.TestFolders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which text is replayed for a file edited or removed after it was applied, and the report saying so. */
class SchemaDiffAppliedTextTest {
    private static final String ADD_STATUS_FILE = SchemaDiffCommandTest.ADD_STATUS + "_add_status_to_orders.sql";

    @TempDir
    Path project;
    @TempDir
    Path journal;
    @TempDir
    Path emptyJournal;

    @Test
    void anEditedFileIsReplayedFromTheJournalAndTheDatabaseStillMatches() throws Exception {
        String url = migratedWithJournal();
        TestFolders.migration(project, ADD_STATUS_FILE, "ALTER TABLE orders ADD COLUMN state TEXT;\n");

        CliRun run = CliRun.against(url, project, "schema", "diff", "--journal", journal.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("replayed from other texts than their files:\n"
                + "  20240103090000 add status to orders: journal (kept in the journal when Driftless applied it: ");
    }

    @Test
    void anEditedFileWhoseAppliedTextIsUnknownIsReplayedAsItIsAndSaysSo() throws Exception {
        String url = migratedWithJournal();
        TestFolders.migration(project, ADD_STATUS_FILE, "ALTER TABLE orders ADD COLUMN state TEXT;\n");

        CliRun run = CliRun.against(url, project, "schema", "diff", "--journal", emptyJournal.toString(),
                "--format", "json");

        assertThat(run.exitCode()).isOne();
        JsonNode document = new ObjectMapper().readTree(run.out());
        assertThat(document.get("replayed").get(2).get("text_source").asText()).isEqualTo("current file");
        assertThat(document.get("differences")).extracting(difference -> difference.get("message").asText())
                .containsExactly("column main.orders.state: added by 20240103090000 add status to orders, not in the database",
                        "column main.orders.status: in the database, not in the migrations");
    }

    @Test
    void aRemovedFileIsReplayedFromTheJournal() throws Exception {
        String url = migratedWithJournal();
        Files.delete(project.resolve("migrations").resolve(ADD_STATUS_FILE));

        CliRun run = CliRun.against(url, project, "schema", "diff", "--journal", journal.toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    }

    @Test
    void aRemovedFileNobodyKeptIsNotReplayedAndItsObjectsShowAsMadeByHand() throws Exception {
        String url = migratedWithJournal();
        Files.delete(project.resolve("migrations").resolve(ADD_STATUS_FILE));

        CliRun run = CliRun.against(url, project, "schema", "diff", "--journal", emptyJournal.toString());

        assertThat(run.exitCode()).isOne();
        assertThat(run.out()).contains("  column main.orders.status: in the database, not in the migrations\n",
                "not replayed (what they did shows as made by hand):\n  20240103090000 add status to orders: its file is"
                        + " gone and the text that was applied is neither in the journal nor in git\n");
    }

    private String migratedWithJournal() throws Exception {
        SchemaDiffCommandTest.writeMigrations(project);
        String url = TestDatabase.SQLITE.freshUrl(project);
        CliRun run = CliRun.against(url, project, "migrate", "run", "--journal", journal.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return url;
    }
}
