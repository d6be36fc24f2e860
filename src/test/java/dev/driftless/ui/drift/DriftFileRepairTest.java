package dev.driftless.ui.drift;

import dev.driftless.cli.CliTestSupport;
import dev.driftless.core.drift.AppliedText;
import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.drift.LineEndingAdvice;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.repair.FileRepairJournal;
import dev.driftless.core.repair.FileRepairs;
import dev.driftless.core.repair.RepairJournal;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.TestFolders;
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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The drift pane's file repairs on a real project and SQLite file, run synchronously: restore,
 * move the edit into a new migration, the line-ending cures, each journalled and undone, also by
 * a view model opened later (a restart).
 */
class DriftFileRepairTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER);\nCREATE INDEX users_id ON users (id);\n";
    private static final String ORDERS_CRLF = "CREATE TABLE orders (id INTEGER);\r\n";
    private static final String ITEMS = "CREATE TABLE items (id INTEGER);\n";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final LogViewModel log = new LogViewModel(Clock.systemUTC());
    private String url;

    private Path file(String name) {
        return folder.resolve("migrations").resolve(name);
    }

    /** 0001 and 0003 applied with LF, 0002 applied with CRLF (so its stored checksum covers the CR). */
    private FileRepairViewModel applyThenOpen(String newUsers) throws IOException {
        Files.createDirectories(folder.resolve("migrations"));
        Files.writeString(file("0001_users.sql"), USERS);
        Files.writeString(file("0002_orders.sql"), ORDERS_CRLF);
        Files.writeString(file("0003_items.sql"), ITEMS);
        url = "sqlite://" + folder.resolve("app.db") + "?mode=rwc";
        CliTestSupport.run(folder, "migrate", "run", "-D", url, "--journal", folder.resolve("journal").toString());
        Files.writeString(file("0001_users.sql"), newUsers);
        return open();
    }

    /** Files the repairs asked to open, in order. */
    private final List<Path> opened = new ArrayList<>();

    /** A new window on the same project and data folder: nothing is kept in memory from before. */
    private FileRepairViewModel open() {
        BackgroundExecutor executor = BackgroundExecutor.immediate();
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, log, Clock.systemUTC(), TestFolders.journal());
        DriftViewModel drift = new DriftViewModel(workspace, executor, folder.resolve("journal"),
                new RepairJournal(folder.resolve("repairs")));
        FileRepairViewModel fileRepairs = new FileRepairViewModel(drift, executor,
                new FileRepairJournal(folder.resolve("repairs").resolve("files")), CLOCK, opened::add);
        workspace.open(Project.open(folder, null), DatabaseUrl.parse(url));
        return fileRepairs;
    }

    private static <T> T prepared(Consumer<Consumer<T>> prepare) {
        List<T> planned = new ArrayList<>();
        prepare.accept(planned::add);
        assertThat(planned).hasSize(1);
        return planned.get(0);
    }

    private void undoAfterRestart() {
        FileRepairViewModel restarted = open();
        restarted.applyUndo(prepared(restarted::prepareUndo));
    }

    private MigrationStatus status(FileRepairViewModel fileRepairs, long version) {
        return fileRepairs.drift().workspace().row(version).orElseThrow().status();
    }

    @Test
    void restoringAfterASemanticEditMakesTheRowAppliedAndTheUndoAfterARestartPutsTheEditBack() throws IOException {
        String edited = USERS.replace("(id INTEGER)", "(id BIGINT)");
        FileRepairViewModel fileRepairs = applyThenOpen(edited);
        assertThat(fileRepairs.drift().classificationProperty().get()).isEqualTo(DriftClassification.SEMANTIC);
        assertThat(fileRepairs.restorableProperty().get()).isTrue();

        FileRepairViewModel.PreparedFileRepair planned = prepared(fileRepairs::prepareRestore);
        assertThat(planned.repair().diff()).contains("-CREATE TABLE users (id BIGINT);", "+CREATE TABLE users (id INTEGER);");
        assertThat(planned.repair().touchesLedger()).isFalse();
        assertThat(file("0001_users.sql")).hasContent(edited); // nothing written before confirming
        fileRepairs.apply(planned);

        assertThat(Files.readAllBytes(file("0001_users.sql"))).isEqualTo(USERS.getBytes(StandardCharsets.UTF_8));
        assertThat(status(fileRepairs, 1)).isEqualTo(MigrationStatus.APPLIED);
        assertThat(log.entries()).anySatisfy(entry -> assertThat(entry.message())
                .startsWith("done: restore 0001_users.sql to the applied text; journalled in "));

        undoAfterRestart();

        assertThat(Files.readString(file("0001_users.sql"))).isEqualTo(edited);
        assertThat(log.entries()).anySatisfy(entry -> assertThat(entry.message())
                .startsWith("done: undo restore 0001_users.sql to the applied text; marked undone in "));
        open().prepareUndo(undo -> { throw new AssertionError("nothing is left to undo"); });
        assertThat(log.entries()).last().satisfies(entry -> assertThat(entry.message()).startsWith("no file repair of "));
    }

    @Test
    void anEditMovesIntoANewMigrationAndTheUndoAfterARestartDeletesItAndPutsTheEditBack() throws IOException {
        String edited = USERS + "ALTER TABLE users ADD name TEXT;\n";
        FileRepairViewModel fileRepairs = applyThenOpen(edited);
        assertThat(fileRepairs.movableProperty().get()).isTrue();

        FileRepairViewModel.PreparedFileRepair planned = prepared(fileRepairs::prepareMove);
        assertThat(planned.repair().description())
                .isEqualTo("move the edit of 0001_users.sql into 0004_amend_users.sql and restore 0001_users.sql to "
                        + "the applied text");
        assertThat(planned.repair().diff()).contains("-ALTER TABLE users ADD name TEXT;", "+ALTER TABLE users ADD name TEXT;");
        fileRepairs.apply(planned);

        assertThat(opened).as("the new migration opens for review").containsExactly(file("0004_amend_users.sql"));
        assertThat(file("0001_users.sql")).hasContent(USERS);
        assertThat(file("0004_amend_users.sql")).content().endsWith("\nALTER TABLE users ADD name TEXT;\n");
        assertThat(status(fileRepairs, 1)).isEqualTo(MigrationStatus.APPLIED);
        assertThat(status(fileRepairs, 4)).isEqualTo(MigrationStatus.PENDING);

        undoAfterRestart();

        assertThat(opened).as("an undo opens nothing").hasSize(1);
        assertThat(file("0001_users.sql")).hasContent(edited);
        assertThat(file("0004_amend_users.sql")).doesNotExist();
    }

    @Test
    void aCosmeticEditCannotBeMoved() throws IOException {
        FileRepairViewModel fileRepairs = applyThenOpen("-- users\n" + USERS);
        assertThat(fileRepairs.drift().classificationProperty().get()).isEqualTo(DriftClassification.COMMENTS);

        assertThat(fileRepairs.movableProperty().get()).isFalse();
        assertThat(fileRepairs.restorableProperty().get()).isTrue();
    }

    @Test
    void aTextWhoseChecksumIsNotTheLedgersIsRefused() throws IOException {
        String edited = USERS.replace("(id INTEGER)", "(id BIGINT)");
        StatusRow row = applyThenOpen(edited).drift().rowProperty().get();

        assertThatThrownBy(() -> FileRepairs.restoreApplied(row, AppliedText.reconstructed(USERS + "-- no\n",
                "a guess"), Project.open(folder, null).reader()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refused to restore migration 1");
        assertThat(Files.readString(file("0001_users.sql"))).isEqualTo(edited);
    }

    @Test
    void aRestoreIsRefusedWhenTheFileChangedAfterItWasPlanned() throws IOException {
        FileRepairViewModel fileRepairs = applyThenOpen(USERS.replace("(id INTEGER)", "(id BIGINT)"));
        FileRepairViewModel.PreparedFileRepair planned = prepared(fileRepairs::prepareRestore);
        Files.writeString(file("0001_users.sql"), "-- someone else\n");

        fileRepairs.apply(planned);

        assertThat(file("0001_users.sql")).hasContent("-- someone else\n");
        assertThat(log.entries()).anySatisfy(entry -> assertThat(entry.message()).contains("changed on disk"));
        assertThat(folder.resolve("repairs/files")).doesNotExist();
    }

    @Test
    void lineEndingDriftListsWhatIgnoringCarriageReturnsWouldDo() throws IOException {
        FileRepairViewModel fileRepairs = applyThenOpen(USERS.replace("\n", "\r\n"));
        assertThat(fileRepairs.drift().classificationProperty().get()).isEqualTo(DriftClassification.LINE_ENDINGS);

        LineEndingAdvice.IgnoredCrEffect effect = fileRepairs.ignoredCrEffectProperty().get();
        assertThat(effect.alreadyIgnored()).isFalse();
        assertThat(effect.wouldMatch()).containsExactly(1L);
        assertThat(effect.wouldDrift()).containsExactly(2L);
        assertThat(effect.stillMatching()).containsExactly(3L);
        assertThat(effect.stillDrifted()).isEmpty();
        assertThat(fileRepairs.lineEndingAdviceProperty().get()).contains("*.sql text eol=lf", "Would drift",
                "[2]", "Would match again: [1]");
        assertThat(fileRepairs.gitattributesPresentProperty().get()).isFalse();
        assertThat(fileRepairs.ignoredCharsApplicableProperty().get()).isTrue();
    }

    @Test
    void ignoredCharsIsSetWithTheRestampOfTheCrlfRowAndBothAreUndoneAfterARestart() throws IOException {
        FileRepairViewModel fileRepairs = applyThenOpen(USERS.replace("\n", "\r\n"));

        FileRepairViewModel.PreparedFileRepair planned = prepared(fileRepairs::prepareIgnoredChars);
        assertThat(planned.repair().diff()).contains("+ignored-chars = [\"\\r\"]");
        assertThat(planned.repair().sqlPreview()).singleElement().asString().endsWith(" WHERE version = 2");
        assertThat(planned.database()).isNotNull();
        fileRepairs.apply(planned);

        assertThat(folder.resolve("sqlx.toml")).hasContent("[migrate]\nignored-chars = [\"\\r\"]\n");
        // The workspace reads with the new ignored-chars: the CRLF checkout and the CRLF-applied row both match.
        assertThat(fileRepairs.drift().workspace().rows()).extracting(StatusRow::status)
                .containsOnly(MigrationStatus.APPLIED);
        assertThat(fileRepairs.drift().workspace().projectProperty().get().config().ignoredChars()).containsExactly("\r");

        undoAfterRestart();

        assertThat(folder.resolve("sqlx.toml")).doesNotExist();
        assertThat(open().drift().workspace().rows()).extracting(StatusRow::status)
                .containsExactly(MigrationStatus.DRIFTED, MigrationStatus.APPLIED, MigrationStatus.APPLIED);
    }

    @Test
    void theGitattributesLineIsAppendedOnceAndTheChangeUndone() throws IOException {
        FileRepairViewModel fileRepairs = applyThenOpen(USERS.replace("\n", "\r\n"));
        Path gitattributes = folder.resolve(".gitattributes");
        Files.writeString(gitattributes, "*.png binary");

        FileRepairViewModel.PreparedFileRepair planned = prepared(fileRepairs::prepareGitattributes);
        assertThat(planned.repair().diff()).contains("+*.sql text eol=lf");
        fileRepairs.apply(planned);
        assertThat(gitattributes).hasContent("*.png binary\n*.sql text eol=lf\n");
        assertThat(fileRepairs.gitattributesPresentProperty().get()).isTrue();

        fileRepairs.prepareGitattributes(again -> { throw new AssertionError("the line is there already"); });
        assertThat(log.entries()).anySatisfy(entry -> assertThat(entry.message())
                .isEqualTo(".gitattributes already has \"*.sql text eol=lf\""));

        fileRepairs.applyUndo(prepared(fileRepairs::prepareUndo));
        assertThat(Files.readString(gitattributes)).isEqualTo("*.png binary");
        assertThat(fileRepairs.gitattributesPresentProperty().get()).isFalse();
    }

    @Test
    void aMissingGitattributesIsCreatedAndTheUndoDeletesIt() throws IOException {
        FileRepairViewModel fileRepairs = applyThenOpen(USERS.replace("\n", "\r\n"));
        Path gitattributes = folder.resolve(".gitattributes");

        fileRepairs.apply(prepared(fileRepairs::prepareGitattributes));
        assertThat(gitattributes).hasContent("*.sql text eol=lf\n");

        undoAfterRestart();
        assertThat(gitattributes).doesNotExist();
    }
}
