package dev.driftless.ui.actions;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusMerger;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.TestPostgres;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceSnapshot;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The run and revert view models on a real project and database, without a window. */
class ActionViewModelTest {
    @TempDir
    Path dir;

    private static List<Long> versions(MigrationActionViewModel model) {
        return model.steps().stream().map(StepProgress::version).toList();
    }

    private static List<StepState> states(MigrationActionViewModel model) {
        return model.steps().stream().map(StepProgress::state).toList();
    }

    private static List<MigrationStatus> statuses(ActionFixture fixture) {
        return fixture.workspace.rows().stream().map(StatusRow::status).toList();
    }

    @Test
    void planListsEveryPendingMigration() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        RunViewModel run = new RunViewModel(fixture.workspace, BackgroundExecutor.immediate());

        assertThat(versions(run)).containsExactly(1L, 2L, 3L);
        assertThat(states(run)).containsOnly(StepState.PENDING);
        assertThat(run.targets()).containsExactly(1L, 2L, 3L);
        assertThat(run.planErrorProperty().get()).isNull();
        assertThat(run.canConfirmProperty().get()).isTrue();
    }

    @Test
    void targetLimitsThePlan() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        RunViewModel run = new RunViewModel(fixture.workspace, BackgroundExecutor.immediate());

        run.targetProperty().set(2L);
        assertThat(versions(run)).containsExactly(1L, 2L);

        run.confirm();
        assertThat(statuses(fixture)).containsExactly(MigrationStatus.APPLIED, MigrationStatus.APPLIED,
                MigrationStatus.PENDING);
    }

    @Test
    void runAppliesAndTheWorkspaceRowsBecomeApplied() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        RunViewModel run = new RunViewModel(fixture.workspace, BackgroundExecutor.immediate());

        run.confirm();

        assertThat(statuses(fixture)).containsOnly(MigrationStatus.APPLIED);
        assertThat(states(run)).containsOnly(StepState.DONE);
        assertThat(run.steps()).allSatisfy(step -> assertThat(step.elapsedProperty().get()).isNotNull());
        assertThat(run.phaseProperty().get()).isEqualTo(MigrationActionViewModel.Phase.FINISHED);
        assertThat(run.summaryProperty().get()).isEqualTo("3 of 3 migration(s) applied");
        assertThat(run.canConfirmProperty().get()).isFalse();
        assertThat(run.errorMessageProperty().get()).isNull();
    }

    @Test
    void aDriftedFileMakesThePlanRefuseWithSqlxMessage() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        new RunViewModel(fixture.workspace, BackgroundExecutor.immediate()).confirm();
        fixture.write("4_more.sql", "CREATE TABLE more (id INTEGER);\n");
        fixture.write("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT);\n");
        fixture.workspace.refresh();

        RunViewModel run = new RunViewModel(fixture.workspace, BackgroundExecutor.immediate());

        assertThat(run.planErrorProperty().get()).isEqualTo("migration 1 was previously applied but has been modified");
        assertThat(run.planHintProperty().get()).contains("Drift tab").doesNotContain("driftless");
        assertThat(run.steps()).isEmpty();
        assertThat(run.canConfirmProperty().get()).isFalse();
    }

    @Test
    void aFailingMigrationStopsTheRunAndShowsTheDatabaseMessage() {
        ActionFixture fixture = ActionFixture.empty(dir, BackgroundExecutor.immediate());
        fixture.write("1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        fixture.write("2_broken.sql", "CREATE TABLE broken (;\n");
        fixture.write("3_tags.sql", "CREATE TABLE tags (id INTEGER);\n");
        fixture.openOnSqlite();
        RunViewModel run = new RunViewModel(fixture.workspace, BackgroundExecutor.immediate());

        run.confirm();

        assertThat(states(run)).containsExactly(StepState.DONE, StepState.FAILED, StepState.SKIPPED);
        assertThat(run.errorMessageProperty().get()).contains("syntax error");
        assertThat(run.errorFileProperty().get()).isEqualTo(fixture.migrations.resolve("2_broken.sql"));
        assertThat(statuses(fixture)).containsExactly(MigrationStatus.APPLIED, MigrationStatus.PENDING,
                MigrationStatus.PENDING);
    }

    @Test
    void aPostgresErrorCarriesItsSqlStateAndLine() {
        ActionFixture fixture = ActionFixture.empty(dir, BackgroundExecutor.immediate());
        fixture.write("1_broken.sql", "CREATE TABLE ok (id int);\n\nCREATE TABLE broken (id int,);\n");
        fixture.open(TestPostgres.freshDatabaseUrl());
        RunViewModel run = new RunViewModel(fixture.workspace, BackgroundExecutor.immediate());

        run.confirm();

        assertThat(run.errorMessageProperty().get()).contains("syntax error");
        assertThat(run.sqlStateProperty().get()).isEqualTo("42601");
        assertThat(run.errorLineProperty().get()).isEqualTo(3);
        assertThat(states(run)).containsExactly(StepState.FAILED);
    }

    @Test
    void aPostgresErrorFoundAfterParsingIsPlacedOnItsLineOfTheFileNotOfItsStatement() {
        ActionFixture fixture = ActionFixture.empty(dir, BackgroundExecutor.immediate());
        // The server reports the position within the failing statement; line 1 of it is line 6 of the file.
        fixture.write("1_orders.sql", "CREATE TABLE orders (id int);\n-- a comment\n\nINSERT INTO orders\n"
                + "VALUES (1);\nSELECT nope FROM orders;\n");
        fixture.open(TestPostgres.freshDatabaseUrl());
        RunViewModel run = new RunViewModel(fixture.workspace, BackgroundExecutor.immediate());

        run.confirm();

        assertThat(run.errorMessageProperty().get()).startsWith("ERROR: column \"nope\" does not exist")
                .doesNotContain("Position");
        assertThat(run.sqlStateProperty().get()).isEqualTo("42703");
        assertThat(run.errorLineProperty().get()).isEqualTo(6);
    }

    @Test
    void stopAfterCurrentLetsTheRunningMigrationFinishThenStops() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        RunViewModel run = new RunViewModel(fixture.workspace, BackgroundExecutor.immediate());
        // The immediate executor runs inline: ask to stop from inside the first step, as a click would.
        run.steps().get(0).stateProperty().addListener((observable, old, state) -> {
            if (state == StepState.RUNNING) {
                run.requestStop();
            }
        });

        run.confirm();

        assertThat(states(run)).containsExactly(StepState.DONE, StepState.SKIPPED, StepState.SKIPPED);
        assertThat(statuses(fixture)).containsExactly(MigrationStatus.APPLIED, MigrationStatus.PENDING,
                MigrationStatus.PENDING);
        assertThat(run.summaryProperty().get()).contains("1 of 3").contains("stopped");
    }

    @Test
    void revertShowsTheDownSqlAndRemovesTheRow() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        new RunViewModel(fixture.workspace, BackgroundExecutor.immediate()).confirm();
        RevertViewModel revert = new RevertViewModel(fixture.workspace, BackgroundExecutor.immediate());

        assertThat(versions(revert)).containsExactly(3L);
        assertThat(revert.downSqlProperty().get()).isEqualTo("DROP TABLE tags;\n");
        assertThat(revert.targets()).containsExactly(0L, 1L, 2L);

        revert.confirm();

        assertThat(statuses(fixture)).containsExactly(MigrationStatus.APPLIED, MigrationStatus.APPLIED,
                MigrationStatus.PENDING);
        assertThat(states(revert)).containsExactly(StepState.DONE);
    }

    @Test
    void revertToATargetListsEverythingAboveIt() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        new RunViewModel(fixture.workspace, BackgroundExecutor.immediate()).confirm();
        RevertViewModel revert = new RevertViewModel(fixture.workspace, BackgroundExecutor.immediate());

        revert.targetProperty().set(1L);

        assertThat(versions(revert)).containsExactly(3L, 2L);
        assertThat(revert.downSqlProperty().get()).contains("DROP TABLE tags;").contains("DROP TABLE posts;");
        revert.confirm();
        assertThat(statuses(fixture)).containsExactly(MigrationStatus.APPLIED, MigrationStatus.PENDING,
                MigrationStatus.PENDING);
    }

    @Test
    void revertRefusesASimpleMigrationWithAHint() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        RunViewModel run = new RunViewModel(fixture.workspace, BackgroundExecutor.immediate());
        run.targetProperty().set(1L);
        run.confirm();

        RevertViewModel revert = new RevertViewModel(fixture.workspace, BackgroundExecutor.immediate());

        assertThat(revert.planErrorProperty().get()).contains("is a simple migration with no down file");
        assertThat(revert.planHintProperty().get()).contains("rename 1_users.sql");
        assertThat(revert.canConfirmProperty().get()).isFalse();
        assertThat(revert.downSqlProperty().get()).isEqualTo("-- 1_users.sql is a simple migration: it has no down file\n");
    }

    @Test
    void aRemoteDatabaseNeedsItsNameTypedBeforeRunning() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, new NeverRuns());
        Project project = Project.open(dir, null);
        fixture.workspace.open(project, DatabaseUrl.parse("postgres://app:secret@db.example.com/production"));
        // What a successful read of the remote folder and empty ledger would deliver.
        fixture.workspace.apply(new WorkspaceSnapshot(project.readMigrations(),
                StatusMerger.merge(project.readMigrations().migrations(), List.of()), null));
        RunViewModel run = new RunViewModel(fixture.workspace, BackgroundExecutor.immediate());

        assertThat(run.confirmation().requiredProperty().get()).isTrue();
        assertThat(run.confirmation().expectedName()).isEqualTo("production");
        assertThat(run.canConfirmProperty().get()).isFalse();
        run.confirmation().typedNameProperty().set("producti");
        assertThat(run.canConfirmProperty().get()).isFalse();
        run.confirmation().typedNameProperty().set("production");
        assertThat(run.canConfirmProperty().get()).isTrue();
    }

    @Test
    void aLocalDatabaseNeedsNothingTyped() {
        SimpleObjectProperty<DatabaseUrl> database = new SimpleObjectProperty<>(
                DatabaseUrl.parse("postgres://app:secret@localhost/dev"));
        DangerConfirmation confirmation = new DangerConfirmation(database);
        assertThat(confirmation.requiredProperty().get()).isFalse();
        assertThat(confirmation.confirmedProperty().get()).isTrue();

        database.set(DatabaseUrl.parse("postgres://app:secret@10.0.0.5/dev"));
        assertThat(confirmation.confirmedProperty().get()).isFalse();
        assertThat(confirmation.maskedDatabase()).doesNotContain("secret");
    }

    /** Keeps the workspace from connecting anywhere: the test hands it a snapshot itself. */
    private static final class NeverRuns implements BackgroundExecutor {
        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            // dropped on purpose: nothing may reach the remote host
        }

        @Override
        public void onUiThread(Runnable update) {
            update.run();
        }
    }
}
