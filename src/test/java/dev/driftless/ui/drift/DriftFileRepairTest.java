package dev.driftless.ui.drift;

import dev.driftless.testing.TestFolders;
import dev.driftless.cli.CliTestSupport;
import dev.driftless.core.drift.AppliedText;
import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.drift.LineEndingAdvice;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.repair.FileEdit;
import dev.driftless.core.repair.FileRepairs;
import dev.driftless.core.repair.RepairJournal;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Project;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Restoring the applied text and the line-ending cures in the drift pane, on a real project and SQLite file. */
class DriftFileRepairTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER);\nCREATE INDEX users_id ON users (id);\n";
    private static final String ORDERS_CRLF = "CREATE TABLE orders (id INTEGER);\r\n";
    private static final String ITEMS = "CREATE TABLE items (id INTEGER);\n";

    @TempDir
    Path folder;

    private final LogViewModel log = new LogViewModel(Clock.systemUTC());
    private String url;

    private Path file(String name) {
        return folder.resolve("migrations").resolve(name);
    }

    /** 0001 and 0003 applied with LF, 0002 applied with CRLF (so its stored checksum covers the CR). */
    private DriftViewModel applyThenOpen(String newUsers) throws IOException {
        Files.createDirectories(folder.resolve("migrations"));
        Files.writeString(file("0001_users.sql"), USERS);
        Files.writeString(file("0002_orders.sql"), ORDERS_CRLF);
        Files.writeString(file("0003_items.sql"), ITEMS);
        Path journal = folder.resolve("journal");
        url = "sqlite://" + folder.resolve("app.db") + "?mode=rwc";
        CliTestSupport.run(folder, "migrate", "run", "-D", url, "--journal", journal.toString());
        Files.writeString(file("0001_users.sql"), newUsers);
        BackgroundExecutor executor = BackgroundExecutor.immediate();
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, log, Clock.systemUTC(), TestFolders.journal());
        DriftViewModel drift = new DriftViewModel(workspace, executor, journal, new RepairJournal(folder.resolve("repairs")));
        workspace.open(Project.open(folder, null), DatabaseUrl.parse(url));
        return drift;
    }

    @Test
    void restoringAfterASemanticEditMakesTheRowAppliedAndTheUndoPutsTheEditBack() throws IOException {
        String edited = USERS.replace("(id INTEGER)", "(id BIGINT)");
        DriftViewModel drift = applyThenOpen(edited);
        assertThat(drift.classificationProperty().get()).isEqualTo(DriftClassification.SEMANTIC);
        assertThat(drift.restorableProperty().get()).isTrue();

        List<FileEdit> planned = new ArrayList<>();
        drift.prepareRestore(planned::add);
        assertThat(planned).singleElement().satisfies(edit -> assertThat(edit.diff())
                .contains("-CREATE TABLE users (id BIGINT);", "+CREATE TABLE users (id INTEGER);"));
        assertThat(file("0001_users.sql")).hasContent(edited); // nothing written before confirming
        drift.applyRestore(planned.get(0));

        assertThat(Files.readAllBytes(file("0001_users.sql"))).isEqualTo(USERS.getBytes(StandardCharsets.UTF_8));
        assertThat(drift.workspace().row(1).orElseThrow().status()).isEqualTo(MigrationStatus.APPLIED);
        assertThat(drift.restoreUndoProperty().get()).isNotNull();
        assertThat(log.entries()).anySatisfy(entry -> assertThat(entry.message())
                .startsWith("done: restore 0001_users.sql to the applied text (journal)"));

        drift.undoRestore();

        assertThat(Files.readString(file("0001_users.sql"))).isEqualTo(edited);
        assertThat(drift.workspace().row(1).orElseThrow().status()).isEqualTo(MigrationStatus.DRIFTED);
        assertThat(drift.restoreUndoProperty().get()).isNull();
    }

    @Test
    void aTextWhoseChecksumIsNotTheLedgersIsRefused() throws IOException {
        String edited = USERS.replace("(id INTEGER)", "(id BIGINT)");
        DriftViewModel drift = applyThenOpen(edited);
        StatusRow row = drift.rowProperty().get();

        assertThatThrownBy(() -> FileRepairs.restoreApplied(row, AppliedText.reconstructed(USERS + "-- no\n",
                "a guess"), Project.open(folder, null).reader()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refused to restore migration 1");
        assertThat(Files.readString(file("0001_users.sql"))).isEqualTo(edited);
    }

    @Test
    void aRestoreIsRefusedWhenTheFileChangedAfterItWasPlanned() throws IOException {
        DriftViewModel drift = applyThenOpen(USERS.replace("(id INTEGER)", "(id BIGINT)"));
        List<FileEdit> planned = new ArrayList<>();
        drift.prepareRestore(planned::add);
        Files.writeString(file("0001_users.sql"), "-- someone else\n");

        drift.applyRestore(planned.get(0));

        assertThat(file("0001_users.sql")).hasContent("-- someone else\n");
        assertThat(drift.restoreUndoProperty().get()).isNull();
        assertThat(log.entries()).anySatisfy(entry -> assertThat(entry.message()).contains("changed on disk"));
    }

    @Test
    void lineEndingDriftListsWhatIgnoringCarriageReturnsWouldDo() throws IOException {
        DriftViewModel drift = applyThenOpen(USERS.replace("\n", "\r\n"));
        assertThat(drift.classificationProperty().get()).isEqualTo(DriftClassification.LINE_ENDINGS);

        LineEndingAdvice.IgnoredCrEffect effect = drift.ignoredCrEffectProperty().get();
        assertThat(effect.alreadyIgnored()).isFalse();
        assertThat(effect.wouldMatch()).containsExactly(1L);
        assertThat(effect.wouldDrift()).containsExactly(2L);
        assertThat(effect.stillMatching()).containsExactly(3L);
        assertThat(effect.stillDrifted()).isEmpty();
        assertThat(drift.lineEndingAdviceProperty().get()).contains("*.sql text eol=lf", "Would drift",
                "[2]", "Would match again: [1]");
        assertThat(drift.gitattributesPresentProperty().get()).isFalse();
    }

    @Test
    void theGitattributesLineIsAppendedOnceAndTheChangeUndone() throws IOException {
        DriftViewModel drift = applyThenOpen(USERS.replace("\n", "\r\n"));
        Path gitattributes = folder.resolve(".gitattributes");
        Files.writeString(gitattributes, "*.png binary");

        List<FileEdit> planned = new ArrayList<>();
        drift.prepareGitattributes(planned::add);
        assertThat(planned.get(0).diff()).contains("+*.sql text eol=lf");
        drift.applyGitattributes(planned.get(0));
        assertThat(gitattributes).hasContent("*.png binary\n*.sql text eol=lf\n");
        assertThat(drift.gitattributesPresentProperty().get()).isTrue();

        drift.prepareGitattributes(planned::add);
        assertThat(planned).hasSize(1);
        assertThat(gitattributes).hasContent("*.png binary\n*.sql text eol=lf\n");
        assertThat(log.entries()).anySatisfy(entry -> assertThat(entry.message())
                .isEqualTo(".gitattributes already has \"*.sql text eol=lf\""));

        drift.undoGitattributes();
        assertThat(Files.readString(gitattributes)).isEqualTo("*.png binary");
        assertThat(drift.gitattributesUndoProperty().get()).isNull();
    }

    @Test
    void aMissingGitattributesIsCreatedAndTheUndoDeletesIt() throws IOException {
        DriftViewModel drift = applyThenOpen(USERS.replace("\n", "\r\n"));
        Path gitattributes = folder.resolve(".gitattributes");

        List<FileEdit> planned = new ArrayList<>();
        drift.prepareGitattributes(planned::add);
        drift.applyGitattributes(planned.get(0));
        assertThat(gitattributes).hasContent("*.sql text eol=lf\n");

        drift.undoGitattributes();
        assertThat(gitattributes).doesNotExist();
    }
}
