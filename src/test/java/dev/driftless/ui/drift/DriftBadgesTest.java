package dev.driftless.ui.drift;

import dev.driftless.cli.CliTestSupport;
import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.DriftInspection;
import dev.driftless.project.Project;
import dev.driftless.testing.HeldExecutor;
import dev.driftless.testing.TestFolders;
import dev.driftless.ui.log.LogEntry;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static dev.driftless.core.drift.DriftClassification.LINE_ENDINGS;
import static dev.driftless.core.drift.DriftClassification.REMOVED;
import static dev.driftless.core.drift.DriftClassification.SEMANTIC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The badges' bulk diagnosis on a real project, SQLite file and journal, run synchronously. Each
 * diagnosis is one task on the badges' own executor, so counting its tasks counts diagnoses.
 */
class DriftBadgesTest {
    private static final String USERS = "CREATE TABLE users (id INTEGER);\nCREATE INDEX users_id ON users (id);\n";
    private static final String ORDERS = "CREATE TABLE orders (id INTEGER);\n";

    @TempDir
    Path folder;

    private Path journal;
    private String url;
    private final LogViewModel log = new LogViewModel(Clock.systemUTC());
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(BackgroundExecutor.immediate(), log,
            Clock.systemUTC(), TestFolders.journal());

    /** Four applied migrations, then: 1 checked out with CRLF, 2 edited, 3 deleted, 4 left alone. */
    @BeforeEach
    void driftedInThreeWays() throws IOException {
        migration("0001_users.sql", USERS);
        migration("0002_orders.sql", ORDERS);
        migration("0003_items.sql", "CREATE TABLE items (id INTEGER);\n");
        migration("0004_tags.sql", "CREATE TABLE tags (id INTEGER);\n");
        journal = folder.resolve("journal");
        url = "sqlite://" + folder.resolve("app.db") + "?mode=rwc";
        CliTestSupport.run(folder, "migrate", "run", "-D", url, "--journal", journal.toString());
        migration("0001_users.sql", USERS.replace("\n", "\r\n"));
        migration("0002_orders.sql", ORDERS.replace("INTEGER", "BIGINT"));
        Files.delete(folder.resolve("migrations/0003_items.sql"));
    }

    @Test
    void everyRowNeedingAttentionIsClassifiedAfterALoadWithoutBeingSelected() {
        CountingExecutor executor = new CountingExecutor();
        DriftBadges badges = new DriftBadges(workspace, executor, journal);

        open();

        assertThat(badges.classifications()).containsExactlyInAnyOrderEntriesOf(
                Map.of(1L, LINE_ENDINGS, 2L, SEMANTIC, 3L, REMOVED));
        assertThat(executor.submitted).as("one diagnosis for all rows").isEqualTo(1);
    }

    @Test
    void theBadgesKindsAreThoseOfTheFullDiagnosis() throws IOException {
        open();
        Project project = workspace.projectProperty().get();
        DatabaseUrl database = workspace.databaseProperty().get();

        try (DriftInspection inspection = DriftInspection.open(project, database, journal)) {
            Map<Long, DriftClassification> diagnosed = new HashMap<>();
            inspection.diagnose(workspace.rows()).forEach(found -> diagnosed.put(found.version(), found.classification()));

            assertThat(inspection.classify(workspace.rows())).isEqualTo(diagnosed).hasSize(3);
        }
    }

    @Test
    void diagnosesAgainOnlyWhenTheRowsNeedingAttentionChange() throws IOException {
        CountingExecutor executor = new CountingExecutor();
        DriftBadges badges = new DriftBadges(workspace, executor, journal);
        open();

        workspace.refresh();
        migration("0005_pending.sql", "CREATE TABLE pending (id INTEGER);\n");
        workspace.refresh();
        assertThat(workspace.rows()).extracting(StatusRow::version).contains(5L);
        assertThat(executor.submitted).as("rows changed, but not those needing attention").isEqualTo(1);

        migration("0002_orders.sql", ORDERS.replace("\n", "\r\n"));
        workspace.refresh();
        assertThat(executor.submitted).isEqualTo(2);
        assertThat(badges.classifications()).containsEntry(2L, LINE_ENDINGS);

        migration("0001_users.sql", USERS);
        workspace.refresh();
        assertThat(executor.submitted).isEqualTo(3);
        assertThat(badges.classifications()).containsOnlyKeys(2L, 3L);
    }

    @Test
    void anAnswerToAnEarlierQuestionIsDropped() throws IOException {
        HeldExecutor executor = new HeldExecutor();
        DriftBadges badges = new DriftBadges(workspace, executor, journal);
        open(); // asks about 1, 2 and 3
        migration("0003_items.sql", "CREATE TABLE items (id INTEGER);\n");
        workspace.refresh(); // 3 is back as it was applied: asks about 1 and 2 only

        assertThat(badges.workingProperty().get()).as("two questions waiting").isTrue();
        // The newer answer arrives first, then the one that still has the missing file.
        executor.run(1);
        assertThat(badges.workingProperty().get()).as("the newest is answered").isFalse();
        executor.run(0);

        assertThat(badges.classifications()).containsOnlyKeys(1L, 2L);
    }

    @Test
    void aFailedRowWhoseFileIsGoneIsDiagnosedAsRemoved() throws Exception {
        DriftBadges badges = new DriftBadges(workspace, BackgroundExecutor.immediate(), journal);
        open();
        try (Connection connection = DatabaseUrl.parse(url).connect(); Statement statement = connection.createStatement()) {
            statement.execute("UPDATE _sqlx_migrations SET success = FALSE WHERE version = 3");
        }
        workspace.refresh();
        StatusRow failed = workspace.row(3L).orElseThrow();
        assertThat(failed.status()).isEqualTo(MigrationStatus.FAILED);
        assertThat(failed.migration()).isNull();

        assertThat(badges.classifications()).containsEntry(3L, REMOVED);
        try (DriftInspection inspection = DriftInspection.open(workspace.projectProperty().get(),
                workspace.databaseProperty().get(), journal)) {
            assertThat(inspection.diagnose(List.of(failed))).singleElement()
                    .satisfies(diagnosis -> {
                        assertThat(diagnosis.classification()).isEqualTo(REMOVED);
                        assertThat(diagnosis.meaning()).startsWith("success = false").contains("No file in the migrations folder");
                    });
        }
    }

    @Test
    void aFailureIsLoggedOnceAndLeavesNoBadges() throws Exception {
        DriftBadges badges = new DriftBadges(workspace, new FailingExecutor(), journal);
        open();
        // Another process removes a ledger row: the rows needing attention change, the failure does not.
        try (Connection connection = DatabaseUrl.parse(url).connect(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM _sqlx_migrations WHERE version = 3");
        }
        workspace.refresh();

        assertThat(workspace.rows()).extracting(StatusRow::version).doesNotContain(3L);
        assertThat(log.entries()).map(LogEntry::message)
                .filteredOn(message -> message.startsWith("cannot tell the kind of drift"))
                .containsExactly("cannot tell the kind of drift for the badges: the repository is locked");
        assertThat(badges.classifications()).isEmpty();
    }

    private void open() {
        workspace.open(Project.open(folder, null), DatabaseUrl.parse(url));
    }

    private void migration(String name, String content) throws IOException {
        TestFolders.migration(folder, name, content);
    }

    /** Runs work at once and counts it. */
    private static final class CountingExecutor implements BackgroundExecutor {
        int submitted;

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            submitted++;
            BackgroundExecutor.immediate().submit(work, onSuccess, onFailure);
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }
    }

    /** Every diagnosis fails the same way, as a broken repository would make it. */
    private static final class FailingExecutor implements BackgroundExecutor {
        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            onFailure.accept(new IOException("the repository is locked"));
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }
    }
}
