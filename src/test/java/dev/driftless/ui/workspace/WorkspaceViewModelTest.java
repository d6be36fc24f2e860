package dev.driftless.ui.workspace;

import dev.driftless.core.engine.MigrationListener;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.NewMigration;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.engine.StepOutcome;
import dev.driftless.core.source.MigrationType;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.HeldExecutor;
import dev.driftless.testing.TestFolders;
import dev.driftless.ui.log.LogEntry;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The workspace view model on a real project and a real SQLite file, run synchronously (no window). */
class WorkspaceViewModelTest {
    @TempDir
    Path folder;

    private final LogViewModel log = new LogViewModel(Clock.systemUTC());
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(BackgroundExecutor.immediate(), log,
            Clock.systemUTC(), TestFolders.journal());
    private DatabaseUrl database;

    @BeforeEach
    void project() throws IOException {
        migration("0001_users.up.sql", "CREATE TABLE users (id INTEGER);");
        migration("0001_users.down.sql", "DROP TABLE users;");
        migration("0002_orders.up.sql", "CREATE TABLE orders (id INTEGER);");
        migration("0002_orders.down.sql", "DROP TABLE orders;");
        database = DatabaseUrl.parse("sqlite://" + folder.resolve("app.db") + "?mode=rwc");
    }

    @Test
    void openShowsEveryMigrationWithItsStatus() {
        workspace.open(Project.open(folder, null), database);

        assertThat(workspace.rows()).extracting(StatusRow::status)
                .containsExactly(MigrationStatus.PENDING, MigrationStatus.PENDING);
        assertThat(workspace.ledgerErrorProperty().get()).isNull();
        assertThat(workspace.lastRefreshedProperty().get()).isNotNull();
    }

    @Test
    void withoutADatabaseTheFilesAreListedWithUnknownStatusAndTheReasonIsGiven() {
        workspace.open(Project.open(folder, null), null);

        assertThat(workspace.rows()).extracting(StatusRow::status)
                .containsExactly(MigrationStatus.UNKNOWN, MigrationStatus.UNKNOWN);
        assertThat(workspace.ledgerProblemProperty().get().kind()).isEqualTo(LedgerProblem.Kind.NO_DATABASE);
        assertThat(workspace.ledgerErrorProperty().get()).startsWith("No database");
    }

    @Test
    void anUnreachableDatabaseIsNotAnEmptyOneNothingLooksPending() {
        workspace.open(Project.open(folder, null), DatabaseUrl.parse("postgres://app:s3cret@127.0.0.1:1/app"));

        assertThat(workspace.rows()).extracting(StatusRow::status)
                .containsExactly(MigrationStatus.UNKNOWN, MigrationStatus.UNKNOWN);
        LedgerProblem problem = workspace.ledgerProblemProperty().get();
        assertThat(problem.kind()).isEqualTo(LedgerProblem.Kind.UNREACHABLE);
        assertThat(problem.message()).startsWith("Cannot connect to postgres://app:****@127.0.0.1:1/app")
                .doesNotContain("s3cret");
    }

    @Test
    void aDatabaseThatDoesNotExistIsSaidSoAndCanBeCreated() {
        DatabaseUrl missing = DatabaseUrl.parse("sqlite://" + folder.resolve("new.db"));
        workspace.open(Project.open(folder, null), missing);
        assertThat(workspace.ledgerProblemProperty().get().kind()).isEqualTo(LedgerProblem.Kind.MISSING_DATABASE);
        assertThat(workspace.rows()).extracting(StatusRow::status).containsOnly(MigrationStatus.UNKNOWN);

        workspace.createDatabase();

        assertThat(folder.resolve("new.db")).exists();
        assertThat(workspace.ledgerProblemProperty().get()).isNull();
        assertThat(workspace.rows()).extracting(StatusRow::status).containsOnly(MigrationStatus.PENDING);
    }

    @Test
    void runAppliesReportsEachStepAndRefreshes() {
        workspace.open(Project.open(folder, null), database);
        List<StepOutcome> progress = new ArrayList<>();
        List<StepOutcome> finished = new ArrayList<>();

        workspace.run(RunOptions.DEFAULTS, progress::add, finished::addAll);

        assertThat(progress).hasSize(2);
        assertThat(finished).hasSize(2);
        assertThat(workspace.rows()).extracting(StatusRow::status)
                .containsExactly(MigrationStatus.APPLIED, MigrationStatus.APPLIED);
        assertThat(workspace.busyProperty().get()).isFalse();
    }

    @Test
    void revertRemovesTheLatestRow() {
        workspace.open(Project.open(folder, null), database);
        workspace.run(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });

        workspace.revert(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });

        assertThat(workspace.rows()).extracting(StatusRow::status)
                .containsExactly(MigrationStatus.APPLIED, MigrationStatus.PENDING);
    }

    @Test
    void editingAnAppliedFileShowsItAsDriftedAfterRefresh() throws IOException {
        workspace.open(Project.open(folder, null), database);
        workspace.run(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });

        migration("0001_users.up.sql", "CREATE TABLE users (id INTEGER, name TEXT);");
        workspace.refresh();

        assertThat(workspace.row(1)).get().extracting(StatusRow::status).isEqualTo(MigrationStatus.DRIFTED);
    }

    @Test
    void aFailingRunIsLoggedWithTheDatabaseMessageAndLeavesNoRow() throws IOException {
        migration("0003_broken.sql", "INSERT INTO nowhere VALUES (1);");
        workspace.open(Project.open(folder, null), database);

        workspace.run(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });

        assertThat(workspace.lastFailureProperty().get()).hasMessageContaining("while executing migration 3");
        assertThat(log.entries()).extracting(LogEntry::level).contains(LogEntry.Level.ERROR);
        assertThat(workspace.row(3)).get().extracting(StatusRow::status).isEqualTo(MigrationStatus.PENDING);
    }

    @Test
    void aFailedRunIsRememberedWithItsLineUntilTheFileChanges() throws IOException {
        migration("0003_broken.sql", "SELECT 1;\n\nINSERT INTO nowhere VALUES (1);");
        workspace.open(Project.open(folder, null), database);

        workspace.run(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });

        assertThat(workspace.runFailures()).containsOnlyKeys(3L);
        assertThat(workspace.runFailures().get(3L).describe()).startsWith("last run failed: ").contains("nowhere");
        workspace.refresh();
        assertThat(workspace.runFailures()).containsOnlyKeys(3L);

        migration("0003_broken.sql", "CREATE TABLE somewhere (id INTEGER);");
        workspace.refresh();
        assertThat(workspace.runFailures()).isEmpty();
    }

    @Test
    void aFailedRunIsForgottenOnceTheMigrationRuns() throws IOException {
        migration("0003_late.sql", "INSERT INTO later VALUES (1);");
        workspace.open(Project.open(folder, null), database);
        workspace.run(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });
        assertThat(workspace.runFailures()).containsOnlyKeys(3L);

        // Made to succeed without changing its file: the migration before it now makes the table it needs.
        workspace.revert(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });
        migration("0002_orders.up.sql", "CREATE TABLE orders (id INTEGER); CREATE TABLE later (id INTEGER);");
        migration("0002_orders.down.sql", "DROP TABLE later; DROP TABLE orders;");
        workspace.refresh();
        workspace.run(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });

        assertThat(workspace.row(3)).get().extracting(StatusRow::status).isEqualTo(MigrationStatus.APPLIED);
        assertThat(workspace.runFailures()).isEmpty();
    }

    @Test
    void addCreatesTheFilesAndHandsThemBack() {
        workspace.open(Project.open(folder, null), database);
        List<Path> created = new ArrayList<>();

        List<Path> previewed = List.of(folder.resolve("migrations/0003_add_status.up.sql"),
                folder.resolve("migrations/0003_add_status.down.sql"));

        workspace.add(new NewMigration("add status", MigrationType.REVERSIBLE, NewMigration.Versioning.SEQUENTIAL),
                Instant.EPOCH, previewed, created::addAll);

        assertThat(created).isEqualTo(previewed);
        assertThat(workspace.rows()).hasSize(3);
    }

    @Test
    void addWritesNothingWhenTheFolderWouldGiveOtherNamesThanThoseShown() throws IOException {
        workspace.open(Project.open(folder, null), database);
        List<Path> created = new ArrayList<>();
        // Shown before a third migration appeared on disk: 0003 is no longer what would be created.
        List<Path> previewed = List.of(folder.resolve("migrations/0003_add_status.sql"));
        migration("0003_other.sql", "SELECT 1;");

        workspace.add(new NewMigration("add status", MigrationType.SIMPLE, NewMigration.Versioning.SEQUENTIAL),
                Instant.EPOCH, previewed, created::addAll);

        assertThat(created).isEmpty();
        assertThat(workspace.lastFailureProperty().get()).hasMessageContaining("0004_add_status.sql")
                .hasMessageContaining("nothing was written");
        assertThat(folder.resolve("migrations/0003_add_status.sql")).doesNotExist();
        assertThat(folder.resolve("migrations/0004_add_status.sql")).doesNotExist();
    }

    @Test
    void openingWithASnapshotReadInTheBackgroundShowsItWithoutReadingAgain() {
        List<String> submitted = new ArrayList<>();
        BackgroundExecutor counting = new BackgroundExecutor() {
            @Override
            public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                submitted.add("task");
                BackgroundExecutor.immediate().submit(work, onSuccess, onFailure);
            }

            @Override
            public void onUiThread(Runnable update) {
                update.run();
            }
        };
        WorkspaceViewModel opened = new WorkspaceViewModel(counting, log, Clock.systemUTC(), TestFolders.journal());
        Project project = Project.open(folder, null);
        WorkspaceSnapshot snapshot = WorkspaceLoader.load(project, database, Runnable::run);

        opened.open(project, database, snapshot);

        assertThat(opened.rows()).isEqualTo(snapshot.rows()).hasSize(2);
        assertThat(opened.lastRefreshedProperty().get()).isNotNull();
        assertThat(submitted).isEmpty();
    }

    @Test
    void refreshesAskedForWhileOneReadsBecomeOneMoreRead() {
        HeldExecutor held = new HeldExecutor();
        WorkspaceViewModel model = new WorkspaceViewModel(held, log, Clock.systemUTC(), TestFolders.journal());
        model.open(Project.open(folder, null), database);

        model.refresh();
        model.refresh();
        model.refresh();

        assertThat(held.waiting()).isEqualTo(1);
        held.runNext();
        assertThat(held.waiting()).as("one more read after the first").isEqualTo(1);
        held.runNext();
        assertThat(held.waiting()).isZero();
        assertThat(model.rows()).hasSize(2);
    }

    @Test
    void aReadOfAReplacedDatabaseIsDroppedAndTheNewOneRead() {
        HeldExecutor held = new HeldExecutor();
        WorkspaceViewModel model = new WorkspaceViewModel(held, log, Clock.systemUTC(), TestFolders.journal());
        model.open(Project.open(folder, null), null);
        model.useDatabase(database);

        held.runNext(); // the read without a database ends after the database was set

        assertThat(model.ledgerErrorProperty().get()).as("the stale read is not shown").isNull();
        assertThat(model.lastRefreshedProperty().get()).isNull();
        held.runNext();
        assertThat(model.ledgerErrorProperty().get()).isNull();
        assertThat(model.rows()).extracting(StatusRow::status)
                .containsExactly(MigrationStatus.PENDING, MigrationStatus.PENDING);
        assertThat(model.lastRefreshedProperty().get()).isNotNull();
    }

    @Test
    void openingWithASnapshotWhileAnOldReadRunsDropsThatReadAndReadsNothingMore() {
        HeldExecutor held = new HeldExecutor();
        WorkspaceViewModel model = new WorkspaceViewModel(held, log, Clock.systemUTC(), TestFolders.journal());
        model.open(Project.open(folder, null), null);
        Project reopened = Project.open(folder, null);
        WorkspaceSnapshot snapshot = WorkspaceLoader.load(reopened, database, Runnable::run);

        model.open(reopened, database, snapshot);
        held.runNext(); // the old read, without a database, ends now

        assertThat(model.ledgerErrorProperty().get()).isNull();
        assertThat(model.rows()).isEqualTo(snapshot.rows());
        assertThat(held.waiting()).as("nothing more to read").isZero();
    }

    @Test
    void anUnreadableLedgerListsTheFilesWithUnknownStatusAndNamesTheTable() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE _sqlx_migrations (unexpected INTEGER)");
        }

        workspace.open(Project.open(folder, null), database);

        assertThat(workspace.rows()).extracting(StatusRow::status)
                .containsExactly(MigrationStatus.UNKNOWN, MigrationStatus.UNKNOWN);
        assertThat(workspace.ledgerProblemProperty().get().kind()).isEqualTo(LedgerProblem.Kind.UNREADABLE);
        assertThat(workspace.ledgerErrorProperty().get()).startsWith("cannot read the ledger table _sqlx_migrations");
    }

    private void migration(String name, String content) throws IOException {
        TestFolders.migration(folder, name, content);
    }
}
