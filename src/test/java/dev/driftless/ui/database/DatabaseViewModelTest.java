package dev.driftless.ui.database;

import dev.driftless.core.engine.MigrationListener;
import dev.driftless.core.engine.RunOptions;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.compare.ComparisonOptions;
import dev.driftless.core.schema.compare.SchemaDifference;
import dev.driftless.core.schema.replay.DriftFinding;
import dev.driftless.core.schema.replay.DriftReport;
import dev.driftless.core.schema.replay.ObjectHistory;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.project.SchemaChecks;
import dev.driftless.testing.TestFolders;
import dev.driftless.testing.TestPostgres;
import dev.driftless.testing.TestWorkspaces;
import dev.driftless.ui.schema.SchemaDriftState;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Database view and the Object pane's view models on real databases, with background work done inline. */
class DatabaseViewModelTest {
    private static final ObjectKey USERS = ObjectKey.inSchema(ObjectKind.TABLE, "main", "users");
    private static final ObjectKey ORDERS = ObjectKey.inSchema(ObjectKind.TABLE, "main", "orders");

    @TempDir
    Path folder;

    private final WorkspaceViewModel workspace = TestWorkspaces.synchronous();
    private final SchemaDriftState drift = new SchemaDriftState();
    private final List<String> shown = new ArrayList<>();
    private final DatabaseViewModel database = new DatabaseViewModel(workspace, drift, BackgroundExecutor.immediate(),
            () -> shown.add("database"), () -> shown.add("object"));

    @Test
    void theSchemaIsReadWhenFirstShownIntoSchemasGroupsAndObjects() throws Exception {
        openShop(true);
        assertThat(database.stateProperty().get()).isEqualTo(DatabaseViewModel.State.NO_DATABASE);

        database.show();

        assertThat(database.stateProperty().get()).isEqualTo(DatabaseViewModel.State.READY);
        assertThat(database.messageProperty().get()).isNull();
        assertThat(labels(database.tree())).containsExactly("main");
        SchemaTreeNode main = database.tree().get(0);
        assertThat(labels(main.children())).containsExactly("Tables", "Views");
        assertThat(labels(main.children().get(0).children())).containsExactly("orders", "users");
        assertThat(main.children().get(1).children().get(0).key())
                .isEqualTo(ObjectKey.inSchema(ObjectKind.VIEW, "main", "big_orders"));
    }

    @Test
    void theFilterKeepsMatchesAndTheirParentsOnly() throws Exception {
        openShop(true);
        database.show();

        database.filterProperty().set("USE");

        assertThat(labels(database.tree())).containsExactly("main");
        assertThat(labels(database.tree().get(0).children())).containsExactly("Tables");
        assertThat(labels(database.tree().get(0).children().get(0).children())).containsExactly("users");
        database.filterProperty().set("nothing like this");
        assertThat(database.tree()).isEmpty();
        assertThat(database.stateProperty().get()).isEqualTo(DatabaseViewModel.State.READY);
    }

    @Test
    void selectingShowsColumnsKeysDdlAndReferencedTables() throws Exception {
        openShop(true);
        database.show();
        ObjectDetailViewModel detail = detailModel();

        database.select(ORDERS);

        assertThat(shown).containsExactly("object");
        ObjectDetail orders = detail.detailProperty().get();
        assertThat(orders.columns()).extracting(ObjectDetail.Column::name).containsExactly("id", "user_id", "note");
        ObjectDetail.Column note = orders.columns().get(2);
        assertThat(note.type()).isEqualTo("TEXT");
        assertThat(note.nullable()).isTrue();
        assertThat(note.defaultValue()).isEqualTo("'none'");
        assertThat(orders.columns().get(1).nullable()).isFalse();
        assertThat(orders.indexes()).extracting(ObjectDetail.Part::name).containsExactly("orders_user");
        assertThat(orders.foreignKeys()).singleElement().satisfies(key -> assertThat(key.referenced()).isEqualTo(USERS));
        assertThat(orders.ddl()).contains("CREATE TABLE orders").contains("CREATE INDEX orders_user");
        assertThat(orders.rowEstimate()).isNotEmpty();
        assertThat(orders.indexes().get(0).line()).startsWith("orders_user: ");

        detail.open(USERS);
        assertThat(database.selectedProperty().get()).isEqualTo(USERS);
        assertThat(detail.detailProperty().get().key()).isEqualTo(USERS);
        // SQLite names an unnamed primary key by its definition: the line says it once.
        assertThat(detail.detailProperty().get().constraints()).extracting(ObjectDetail.Part::line)
                .contains("PRIMARY KEY (id)");
    }

    @Test
    void whichMigrationsMadeAnObjectIsFoundByAReplayAndKeptUntilTheLedgerMoves() throws Exception {
        Path project = openShop(true);
        database.show();
        ObjectDetailViewModel detail = detailModel();
        database.select(ORDERS);
        assertThat(detail.historyProperty().get()).isEmpty();

        detail.findHistory();

        assertThat(detail.historyProperty().get()).isEqualTo("Created by 2 orders; last changed by 3 note.");
        database.select(USERS);
        assertThat(detail.historyProperty().get()).isEqualTo("Created by 1 users.");

        TestFolders.migration(project, "4_more.sql", "CREATE TABLE more (id INTEGER);");
        workspace.refresh();
        workspace.run(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });
        assertThat(detail.historyProperty().get()).isEmpty();
    }

    @Test
    void aRunReReadsTheSchemaKeepingFilterAndSelection() throws Exception {
        Path project = openShop(true);
        database.show();
        database.filterProperty().set("o");
        database.select(ORDERS);

        TestFolders.migration(project, "4_more.sql", "CREATE TABLE more_orders (id INTEGER);");
        workspace.refresh();
        workspace.run(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });

        assertThat(labels(database.tree().get(0).children().get(0).children()))
                .containsExactly("more_orders", "orders");
        assertThat(database.filterProperty().get()).isEqualTo("o");
        assertThat(database.selectedProperty().get()).isEqualTo(ORDERS);
    }

    @Test
    void anEmptyDatabaseSaysNoTablesYet() throws Exception {
        Path project = folder.resolve("empty");
        TestFolders.migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER);");
        workspace.open(Project.open(project, null), DatabaseUrl.parse("sqlite://" + project.resolve("app.db") + "?mode=rwc"));

        database.show();

        assertThat(database.stateProperty().get()).isEqualTo(DatabaseViewModel.State.EMPTY);
        assertThat(database.messageProperty().get()).isEqualTo("no tables yet");
    }

    @Test
    void aDatabaseThatCannotBeReadSaysSoAndNeverLooksEmpty() throws Exception {
        Path project = folder.resolve("gone");
        TestFolders.migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER);");
        workspace.open(Project.open(project, null), DatabaseUrl.parse("sqlite://" + project.resolve("missing.db")));

        database.show();

        assertThat(database.stateProperty().get()).isEqualTo(DatabaseViewModel.State.UNREADABLE);
        assertThat(database.messageProperty().get()).startsWith("Cannot read the schema of sqlite://")
                .contains("missing.db");
        assertThat(database.tree()).isEmpty();
    }

    @Test
    void anUnreachablePostgresServerIsNamedWithoutItsPassword() throws Exception {
        Path project = folder.resolve("away");
        TestFolders.migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER);");
        workspace.open(Project.open(project, null), DatabaseUrl.parse("postgres://app:s3cret-pw@127.0.0.1:1/app"));

        database.show();

        assertThat(database.stateProperty().get()).isEqualTo(DatabaseViewModel.State.UNREADABLE);
        assertThat(database.messageProperty().get()).contains("postgres://app:****@127.0.0.1:1/app")
                .doesNotContain("s3cret-pw");
    }

    @Test
    void aPostgresSchemaShowsItsGroupsAndExtensions() throws Exception {
        Path project = folder.resolve("pg");
        TestFolders.migration(project, "1_shop.sql", """
                CREATE EXTENSION IF NOT EXISTS citext;
                CREATE TYPE mood AS ENUM ('ok', 'sad');
                CREATE TABLE people (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, name citext, feeling mood);
                CREATE SEQUENCE tickets;
                CREATE MATERIALIZED VIEW names AS SELECT name FROM people;
                CREATE FUNCTION shout(t text) RETURNS text LANGUAGE sql AS $$ SELECT upper(t) $$;
                """);
        String url = TestPostgres.freshDatabaseUrl();
        workspace.open(Project.open(project, null), DatabaseUrl.parse(url));
        workspace.run(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });

        database.show();

        assertThat(labels(database.tree())).containsExactly("public", "Extensions");
        assertThat(labels(database.tree().get(0).children())).containsExactly("Tables", "Materialized views",
                "Sequences", "Types", "Functions and procedures");
        assertThat(labels(database.tree().get(0).children().get(3).children())).containsExactly("mood (enum)");
        assertThat(labels(database.tree().get(0).children().get(4).children())).containsExactly("shout(text)");
        assertThat(labels(database.tree().get(1).children())).contains("citext");
        ObjectDetailViewModel detail = detailModel();
        database.select(ObjectKey.inSchema(ObjectKind.TABLE, "public", "people"));
        assertThat(detail.detailProperty().get().columns().get(0).generated()).isEqualTo("identity, generated always");
    }

    @Test
    void anObjectToRevealBringsTheViewForwardSelectsItAndIsCleared() throws Exception {
        openShop(true);

        drift.objectToRevealProperty().set(ORDERS);

        assertThat(shown).containsExactly("database", "object");
        assertThat(database.selectedProperty().get()).isEqualTo(ORDERS);
        assertThat(database.stateProperty().get()).isEqualTo(DatabaseViewModel.State.READY);
        assertThat(drift.objectToRevealProperty().get()).isNull();
    }

    @Test
    void driftFindingsAboutAnObjectOrItsColumnsAreItsMarksAndFollowTheLatestCheck() throws Exception {
        openShop(true);
        database.show();
        ObjectDetailViewModel detail = detailModel();
        database.select(ORDERS);
        assertThat(database.driftMessages(ORDERS)).isEmpty();

        drift.reportProperty().set(new DriftReport(List.of(), List.of(), List.of(new DriftFinding(
                SchemaDifference.extra(ObjectKey.child(ObjectKind.COLUMN, "main", "orders", "note")),
                ObjectHistory.UNKNOWN)), "shadow", "3", "3"));

        assertThat(database.driftMessages(ORDERS)).singleElement().asString().contains("main.orders.note");
        assertThat(database.driftMessages(USERS)).isEmpty();
        assertThat(detail.driftMessages()).containsExactlyElementsOf(database.driftMessages(ORDERS));
        drift.reportProperty().set(null);
        assertThat(detail.driftMessages()).isEmpty();
    }

    @Test
    void theDataPreviewShowsTheFirstRowsAndCountsThem() throws Exception {
        openShop(true);
        DataPreviewViewModel data = new DataPreviewViewModel(workspace, BackgroundExecutor.immediate());

        data.show(USERS);

        assertThat(data.columns()).containsExactly("id", "email");
        assertThat(data.rows()).hasSize(2);
        assertThat(data.rows().get(1).get(1).isNull()).isTrue();
        assertThat(data.statusProperty().get()).isEqualTo("2 rows");
        data.count();
        assertThat(data.statusProperty().get()).isEqualTo("2 rows · 2 rows in all");
        data.count();
        assertThat(data.statusProperty().get()).as("a second count replaces the first").isEqualTo("2 rows · 2 rows in all");
        data.show(ObjectKey.inSchema(ObjectKind.SEQUENCE, "main", "nothing"));
        assertThat(data.rows()).isEmpty();
    }

    /** The Object pane's model over the Database view's, replaying without a shadow database of its own. */
    private ObjectDetailViewModel detailModel() {
        return new ObjectDetailViewModel(database, workspace, BackgroundExecutor.immediate(), TestFolders.journal(),
                (project, url) -> new SchemaChecks(project, url, null, ComparisonOptions.DEFAULT));
    }

    /** users, orders (with a foreign key, an index and a later column), a view and two users rows, all applied. */
    private Path openShop(boolean applied) throws Exception {
        Path project = folder.resolve("shop");
        TestFolders.migration(project, "1_users.sql", """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
                INSERT INTO users VALUES (1, 'ann@example.com'), (2, NULL);
                """);
        TestFolders.migration(project, "2_orders.sql", """
                CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));
                CREATE INDEX orders_user ON orders (user_id);
                CREATE VIEW big_orders AS SELECT * FROM orders WHERE id > 100;
                """);
        TestFolders.migration(project, "3_note.sql", "ALTER TABLE orders ADD COLUMN note TEXT DEFAULT 'none';");
        workspace.open(Project.open(project, null), DatabaseUrl.parse("sqlite://" + project.resolve("app.db") + "?mode=rwc"));
        if (applied) {
            workspace.run(RunOptions.DEFAULTS, MigrationListener.NONE, outcomes -> { });
        }
        return project;
    }

    private static List<String> labels(List<SchemaTreeNode> nodes) {
        return nodes.stream().map(SchemaTreeNode::label).toList();
    }
}
