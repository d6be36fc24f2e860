package dev.driftless.ui.schema;

import dev.driftless.cli.CliTestSupport;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.HeldExecutor;
import dev.driftless.testing.TestFolders;
import dev.driftless.testing.TestWorkspaces;
import dev.driftless.ui.actions.RevertViewModel;
import dev.driftless.ui.schema.SchemaCheckLine.Kind;
import dev.driftless.ui.schema.SchemaCheckViewModel.Outcome;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The Schema tab's checks on real SQLite databases: drift with attribution, failures in words, reversibility. */
class SchemaCheckViewModelTest {
    @TempDir
    Path project;

    private final WorkspaceViewModel workspace = TestWorkspaces.synchronous();
    private final SchemaDriftState state = new SchemaDriftState();

    @Test
    void aDatabaseChangedByHandListsEachDifferenceWithTheMigrationBehindIt() throws Exception {
        String url = migratedUsersAndOrders();
        byHand(url, "DROP INDEX users_email", "CREATE TABLE audit (id INTEGER PRIMARY KEY)");
        SchemaCheckViewModel check = openedCheck(url, BackgroundExecutor.immediate());

        check.checkDrift();

        assertThat(check.outcomeProperty().get()).isEqualTo(Outcome.DIFFERENCES);
        assertThat(check.headlineProperty().get()).startsWith("Schema drift: 2 differences between the database and "
                + "its migrations (2 migrations replayed in ");
        assertThat(check.lines()).filteredOn(line -> line.kind().isDifference()).extracting(SchemaCheckLine::kind,
                SchemaCheckLine::text).containsExactly(
                        tuple(Kind.ONLY_IN_DATABASE,
                                "table main.audit: in the database, not in the migrations"),
                        tuple(Kind.MISSING_FROM_DATABASE,
                                "index main.users.users_email: added by 1 users, not in the database"));
        assertThat(check.lines()).filteredOn(line -> line.kind() == Kind.REPLAYED).extracting(SchemaCheckLine::text)
                .containsExactly("1 users: from its file", "2 orders: from its file");
        assertThat(state.reportProperty().get().findings()).hasSize(2);
        assertThat(check.hasFindingsAbout(1)).isTrue();
        assertThat(check.hasFindingsAbout(2)).isFalse();
    }

    @Test
    void aMigrationsFindingsCanBeShownAloneOpenedAndRevealedInTheDatabaseView() throws Exception {
        String url = migratedUsersAndOrders();
        byHand(url, "DROP INDEX users_email", "CREATE TABLE audit (id INTEGER PRIMARY KEY)");
        SchemaCheckViewModel check = openedCheck(url, BackgroundExecutor.immediate());
        check.checkDrift();

        check.showFindingsAbout(1);

        assertThat(check.migrationFilterProperty().get().version()).isEqualTo(1);
        assertThat(check.lines()).extracting(SchemaCheckLine::kind).containsExactly(Kind.MISSING_FROM_DATABASE,
                Kind.REPLAYED);
        SchemaCheckLine missingIndex = check.lines().get(0);
        assertThat(check.migrationFile(missingIndex)).contains(project.resolve("migrations/1_users.sql"));
        check.showInDatabase(missingIndex);
        assertThat(state.objectToRevealProperty().get().kind()).isEqualTo(ObjectKind.INDEX);
        assertThat(state.objectToRevealProperty().get().name()).isEqualTo("users_email");

        check.showOnly(null);
        assertThat(check.lines()).hasSize(4);
    }

    @Test
    void aCleanDatabaseSaysItMatchesItsMigrations() throws Exception {
        SchemaCheckViewModel check = openedCheck(migratedUsersAndOrders(), BackgroundExecutor.immediate());

        check.checkDrift();

        assertThat(check.outcomeProperty().get()).isEqualTo(Outcome.CLEAN);
        assertThat(check.headlineProperty().get())
                .isEqualTo("The database matches its migrations (2 migrations replayed in an in-memory SQLite database, 10 objects compared)");
        assertThat(check.lines()).extracting(SchemaCheckLine::kind).containsOnly(Kind.REPLAYED);
    }

    @Test
    void aMigrationThatFailsInTheShadowIsToldInWordsWithWhatToDo() throws Exception {
        String url = "sqlite://" + project.resolve("app.db") + "?mode=rwc";
        byHand(url, "CREATE TABLE made_by_hand (a INTEGER)");
        TestFolders.migration(project, "1_index.sql", "CREATE INDEX made_by_hand_a ON made_by_hand (a);\n");
        CliTestSupport.run(project, "migrate", "run", "-D", url);
        SchemaCheckViewModel check = openedCheck(url, BackgroundExecutor.immediate());

        check.checkDrift();

        assertThat(check.outcomeProperty().get()).isEqualTo(Outcome.FAILED);
        assertThat(check.headlineProperty().get()).startsWith("migration 1 index failed in the shadow")
                .contains("no such table: main.made_by_hand", "a migration that relies on something made by hand cannot "
                        + "be replayed").doesNotContain("Exception");
        assertThat(check.lines()).isEmpty();
        assertThat(check.runningProperty().get()).isFalse();
    }

    @Test
    void aBrokenDownFileIsReportedAndTheRevertDialogWarnsAboutIt() throws Exception {
        TestFolders.migration(project, "1_users.up.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n"
                + "CREATE TABLE sessions (id INTEGER PRIMARY KEY);\n");
        TestFolders.migration(project, "1_users.down.sql", "DROP TABLE users;\n");
        TestFolders.migration(project, "2_posts.up.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        TestFolders.migration(project, "2_posts.down.sql", "DROP TABLE posts;\n");
        String url = "sqlite://" + project.resolve("app.db") + "?mode=rwc";
        CliTestSupport.run(project, "migrate", "run", "-D", url, "--target-version", "1");
        SchemaCheckViewModel check = openedCheck(url, BackgroundExecutor.immediate());

        check.checkReversibility(OptionalLong.empty());

        assertThat(check.outcomeProperty().get()).isEqualTo(Outcome.DIFFERENCES);
        assertThat(check.headlineProperty().get())
                .isEqualTo("Not reversible: 1 of 2 reversible migrations checked do not restore the schema");
        assertThat(check.lines()).extracting(SchemaCheckLine::kind, SchemaCheckLine::text).containsExactly(
                tuple(Kind.NOT_REVERSIBLE, "1_users.down.sql leaves table main.sessions"),
                tuple(Kind.NOT_REVERSIBLE, "1_users.up.sql fails when applied again after 1_users.down.sql: "
                        + "[SQLITE_ERROR] SQL error or missing database (table sessions already exists)"),
                tuple(Kind.REVERSIBLE, "2 posts: up, down, up again restore the schema"));
        RevertViewModel revert = new RevertViewModel(workspace, BackgroundExecutor.immediate());
        revert.knownVerdictsProperty().bind(state.reversibilityProperty());
        assertThat(revert.reversibilityWarningProperty().get()).startsWith("The down file of 1 users is known to be "
                + "broken (Check Reversibility): 1_users.down.sql leaves table main.sessions; 1_users.up.sql fails");
    }

    @Test
    void checkingOneMigrationAgainKeepsTheOthersVerdicts() throws Exception {
        TestFolders.migration(project, "1_users.up.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        TestFolders.migration(project, "1_users.down.sql", "DROP TABLE users;\n");
        TestFolders.migration(project, "2_posts.up.sql", "CREATE TABLE posts (id INTEGER PRIMARY KEY);\n");
        TestFolders.migration(project, "2_posts.down.sql", "SELECT 1;\n");
        SchemaCheckViewModel check = openedCheck("sqlite://" + project.resolve("app.db") + "?mode=rwc",
                BackgroundExecutor.immediate());
        check.checkReversibility(OptionalLong.empty());
        TestFolders.migration(project, "2_posts.down.sql", "DROP TABLE posts;\n");

        check.checkReversibility(OptionalLong.of(2));

        assertThat(check.headlineProperty().get()).isEqualTo("Reversible: up, down, up again restore the schema "
                + "(1 reversible migration checked)");
        assertThat(state.reversibilityProperty().get().results()).extracting(result -> result.migration().version())
                .containsExactly(1L, 2L);
        assertThat(state.reversibilityProperty().get().allReversible()).isTrue();
    }

    @Test
    void aCheckOfOneDatabaseIsForgottenWhenAnotherIsUsed() throws Exception {
        String url = migratedUsersAndOrders();
        byHand(url, "DROP INDEX users_email");
        SchemaCheckViewModel check = openedCheck(url, BackgroundExecutor.immediate());
        check.checkDrift();
        check.showFindingsAbout(1);
        assertThat(check.migrationFilterProperty().get()).isNotNull();

        workspace.useDatabase(DatabaseUrl.parse("sqlite://" + project.resolve("other.db") + "?mode=rwc"));

        assertThat(check.headlineProperty().get()).isEqualTo(SchemaCheckViewModel.NOTHING_YET);
        assertThat(check.lines()).isEmpty();
        assertThat(check.migrationFilterProperty().get()).isNull();
    }

    @Test
    void aCheckCancelledBeforeItStartsSaysSoAndRunsNothing() throws Exception {
        HeldExecutor executor = new HeldExecutor();
        SchemaCheckViewModel check = openedCheck(migratedUsersAndOrders(), executor);

        check.checkDrift();
        assertThat(check.runningProperty().get()).isTrue();
        assertThat(check.unavailableReasonProperty().get()).isEqualTo("A schema check is running");
        check.cancel();
        executor.runAll();

        assertThat(check.runningProperty().get()).isFalse();
        assertThat(check.headlineProperty().get()).isEqualTo(SchemaCheckFailures.CANCELLED);
        assertThat(state.reportProperty().get()).isNull();
    }

    @Test
    void withoutADatabaseTheChecksSayWhyTheyCannotRun() {
        SchemaCheckViewModel check = new SchemaCheckViewModel(workspace, state, BackgroundExecutor.immediate(),
                TestFolders.journal());

        check.checkDrift();

        assertThat(check.unavailableReasonProperty().get()).isEqualTo("Connect a database first");
        assertThat(check.headlineProperty().get()).isEqualTo(SchemaCheckViewModel.NOTHING_YET);
    }

    private String migratedUsersAndOrders() throws Exception {
        TestFolders.migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);\n"
                + "CREATE UNIQUE INDEX users_email ON users (email);\n");
        TestFolders.migration(project, "2_orders.sql", "CREATE TABLE orders (id INTEGER PRIMARY KEY, "
                + "user_id INTEGER REFERENCES users (id));\n");
        String url = "sqlite://" + project.resolve("app.db") + "?mode=rwc";
        CliTestSupport.run(project, "migrate", "run", "-D", url);
        return url;
    }

    private SchemaCheckViewModel openedCheck(String url, BackgroundExecutor executor) {
        workspace.open(Project.open(project, null), DatabaseUrl.parse(url));
        return new SchemaCheckViewModel(workspace, state, executor, TestFolders.journal());
    }

    private static void byHand(String url, String... statements) throws Exception {
        try (Connection connection = DatabaseUrl.parse(url).connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
