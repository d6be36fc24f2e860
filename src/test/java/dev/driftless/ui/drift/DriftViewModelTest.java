package dev.driftless.ui.drift;

import com.github.difflib.text.DiffRow;
import dev.driftless.cli.CliTestSupport;
import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.repair.RepairJournal;
import dev.driftless.core.repair.RepairKind;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.HeldExecutor;
import dev.driftless.testing.TestFolders;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The drift pane's view model on a real project and SQLite file, run synchronously (no window). */
class DriftViewModelTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER);\nCREATE INDEX users_id ON users (id);\n";

    @TempDir
    Path folder;

    private Path journal;
    private RepairJournal repairs;
    private String url;
    private final LogViewModel log = new LogViewModel(Clock.systemUTC());

    @BeforeEach
    void applied() throws IOException {
        Files.createDirectories(folder.resolve("migrations"));
        Files.writeString(folder.resolve("migrations/0001_users.sql"), USERS);
        Files.writeString(folder.resolve("migrations/0002_orders.sql"), "CREATE TABLE orders (id INTEGER);\n");
        journal = folder.resolve("journal");
        repairs = new RepairJournal(folder.resolve("repairs"));
        url = "sqlite://" + folder.resolve("app.db") + "?mode=rwc";
        CliTestSupport.run(folder, "migrate", "run", "-D", url, "--journal", journal.toString());
    }

    private DriftViewModel open(BackgroundExecutor executor) {
        WorkspaceViewModel workspace = new WorkspaceViewModel(executor, log, Clock.systemUTC(), TestFolders.journal());
        DriftViewModel drift = new DriftViewModel(workspace, executor, journal, repairs);
        workspace.open(Project.open(folder, null), DatabaseUrl.parse(url));
        return drift;
    }

    @Test
    void aSemanticEditIsDiagnosedFromTheJournal() throws IOException {
        Files.writeString(folder.resolve("migrations/0001_users.sql"), USERS.replace("(id INTEGER)", "(id BIGINT)"));

        DriftViewModel drift = open(BackgroundExecutor.immediate());

        // The workspace selects the drifted migration by itself.
        assertThat(drift.rowProperty().get().version()).isEqualTo(1L);
        assertThat(drift.classificationProperty().get()).isEqualTo(DriftClassification.SEMANTIC);
        assertThat(drift.sourceProperty().get()).isEqualTo("journal");
        assertThat(drift.explanationProperty().get()).startsWith("The SQL changed after it was applied")
                .doesNotContain("Applied text:");
        assertThat(drift.sourceDetailProperty().get()).contains(journal.toString());
        assertThat(drift.diffProperty().get()).contains("-CREATE TABLE users (id INTEGER);",
                "+CREATE TABLE users (id BIGINT);");
        assertThat(drift.appliedTextProperty().get()).isEqualTo(USERS);
        assertThat(drift.currentTextProperty().get()).contains("BIGINT");
        assertThat(drift.sideBySide()).extracting(DriftViewModel.SideBySideLine::tag)
                .containsExactly(DiffRow.Tag.CHANGE, DiffRow.Tag.EQUAL);
        assertThat(drift.sideBySide().get(0).current())
                .contains(DriftViewModel.CHANGE_START + "BIGINT" + DriftViewModel.CHANGE_END);
        assertThat(drift.repairKindProperty().get()).isEqualTo(RepairKind.RESTAMP);
    }

    @Test
    void aCrlfEditIsCosmeticAndReconstructedWithoutAJournal() throws IOException {
        Files.writeString(folder.resolve("migrations/0001_users.sql"), USERS.replace("\n", "\r\n"));
        journal = folder.resolve("no-journal");

        DriftViewModel drift = open(BackgroundExecutor.immediate());

        assertThat(drift.classificationProperty().get()).isEqualTo(DriftClassification.LINE_ENDINGS);
        assertThat(drift.classificationProperty().get().isCosmetic()).isTrue();
        assertThat(drift.sourceProperty().get()).isEqualTo("reconstructed");
        assertThat(drift.diffProperty().get()).contains("+CREATE TABLE users (id INTEGER);^M");
    }

    @Test
    void anAppliedMigrationNeedsNoDiagnosis() {
        DriftViewModel drift = open(BackgroundExecutor.immediate());
        drift.workspace().selectedVersionProperty().set(2L);

        assertThat(drift.needsAttentionProperty().get()).isFalse();
        assertThat(drift.diagnosisProperty().get()).isNull();
        assertThat(drift.repairKindProperty().get()).isNull();
    }

    @Test
    void aMissingFileIsForgottenAndTheForgettingUndone() throws IOException {
        Files.delete(folder.resolve("migrations/0002_orders.sql"));
        DriftViewModel drift = open(BackgroundExecutor.immediate());
        assertThat(drift.rowProperty().get().status()).isEqualTo(MigrationStatus.MISSING);
        assertThat(drift.classificationProperty().get()).isEqualTo(DriftClassification.REMOVED);
        assertThat(drift.repairKindProperty().get()).isEqualTo(RepairKind.FORGET);

        List<DriftViewModel.PreparedRepair> planned = new ArrayList<>();
        drift.prepareRepair(planned::add);
        assertThat(planned.get(0).repair().preview()).containsExactly("DELETE FROM _sqlx_migrations WHERE version = 2");
        drift.applyRepair(planned.get(0));

        assertThat(drift.workspace().rows()).extracting(StatusRow::version).containsExactly(1L);
    }

    @Test
    void aRestampIsJournalledLikeTheCommandLinesAndUndone() throws IOException {
        Files.writeString(folder.resolve("migrations/0001_users.sql"), USERS.replace("(id INTEGER)", "(id BIGINT)"));
        DriftViewModel drift = open(BackgroundExecutor.immediate());

        List<DriftViewModel.PreparedRepair> planned = new ArrayList<>();
        drift.prepareRepair(planned::add);
        assertThat(planned.get(0).repair().preview()).singleElement().asString()
                .startsWith("UPDATE _sqlx_migrations SET checksum = ");
        drift.applyRepair(planned.get(0));

        assertThat(drift.workspace().row(1).orElseThrow().status()).isEqualTo(MigrationStatus.APPLIED);
        assertThat(drift.rowProperty().get().status()).isEqualTo(MigrationStatus.APPLIED);
        assertThat(drift.diagnosisProperty().get()).isNull();
        assertThat(repairs.lastUndoable("sqlite:" + DatabaseUrl.parse(url).databaseName() + "#_sqlx_migrations"))
                .isPresent();
        assertThat(log.entries()).anySatisfy(entry -> assertThat(entry.message()).startsWith("done: accept the changed file of migration 1")
                .contains("journalled in"));

        List<DriftViewModel.PreparedUndo> undos = new ArrayList<>();
        drift.prepareUndo(undos::add);
        drift.applyUndo(undos.get(0));

        assertThat(drift.workspace().row(1).orElseThrow().status()).isEqualTo(MigrationStatus.DRIFTED);
        assertThat(drift.classificationProperty().get()).isEqualTo(DriftClassification.SEMANTIC);
        drift.prepareUndo(undos::add);
        assertThat(undos).hasSize(1);
        assertThat(log.entries()).anySatisfy(entry -> assertThat(entry.message()).startsWith("no ledger repair of"));
    }

    @Test
    void aRepairPreparedOnAnotherDatabaseThanTheCurrentOneIsNotMade() throws IOException {
        Files.writeString(folder.resolve("migrations/0001_users.sql"), USERS.replace("(id INTEGER)", "(id BIGINT)"));
        DriftViewModel drift = open(BackgroundExecutor.immediate());
        List<DriftViewModel.PreparedRepair> planned = new ArrayList<>();
        drift.prepareRepair(planned::add);

        drift.workspace().useDatabase(DatabaseUrl.parse("sqlite://" + folder.resolve("other.db") + "?mode=rwc"));
        drift.applyRepair(planned.get(0));
        drift.workspace().useDatabase(DatabaseUrl.parse(url));

        assertThat(drift.workspace().row(1).orElseThrow().status()).isEqualTo(MigrationStatus.DRIFTED);
        assertThat(log.entries()).anySatisfy(entry -> assertThat(entry.message())
                .startsWith("the database changed since the repair was prepared"));
    }

    @Test
    void aDiagnosisThatArrivesAfterTheSelectionMovedIsDropped() throws IOException {
        Files.writeString(folder.resolve("migrations/0001_users.sql"), USERS.replace("\n", "\r\n"));
        Files.delete(folder.resolve("migrations/0002_orders.sql"));
        HeldExecutor executor = new HeldExecutor();
        DriftViewModel drift = open(executor);
        executor.runNext(); // the workspace's refresh, which selects migration 1; the drift pane asks about it

        drift.workspace().selectedVersionProperty().set(2L);
        executor.run(executor.waiting() - 1); // the answer about 2 arrives first,
        executor.runAll(); // then the late one about 1

        assertThat(drift.rowProperty().get().version()).isEqualTo(2L);
        assertThat(drift.classificationProperty().get()).isEqualTo(DriftClassification.REMOVED);
        assertThat(drift.appliedTextProperty().get()).contains("orders");
    }
}
