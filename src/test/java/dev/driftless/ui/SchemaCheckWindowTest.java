package dev.driftless.ui;

import dev.driftless.cli.CliTestSupport;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.ui.schema.CompareDatabasesViewModel.LedgerPair;
import dev.driftless.ui.schema.SchemaCheckLine;
import dev.driftless.ui.tree.TreeEntry;
import javafx.geometry.Side;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Database menu's schema checks in the real window, on the demo and on real SQLite projects. */
class SchemaCheckWindowTest extends WindowHarness {
    private static final long CREATE_ORDERS = 20240102090000L;

    @Test
    void theDemosHandMadeChangesAreFoundWithTheirMigrationAndARepairedDatabaseIsClean(FxRobot robot) throws Exception {
        open(robot, project("no-project"), Map.of());
        waitUntil(() -> window.workspace().rows().stream().anyMatch(row -> row.status() == MigrationStatus.DRIFTED));
        assertThat(demoBanner(robot)).contains("perhaps changes made by hand");

        robot.clickOn("#checkSchema");

        waitUntil(() -> headline(robot).startsWith("Schema drift"));
        assertThat(demoBanner(robot)).contains("2 differences made by hand");
        assertThat(lowerTabs(robot).getSelectionModel().getSelectedItem().getText()).isEqualTo("Schema");
        assertThat(headline(robot)).startsWith("Schema drift: 2 differences between the database and its migrations "
                + "(3 migrations replayed in ");
        // The widened index differs attribute by attribute, each attributed to the migration that made it.
        assertThat(lineTexts(robot)).contains("index main.orders.orders_user_id: columns: (user_id) after "
                + "20240102090000 create orders, (user_id, placed_at) in the database");
        assertThat(lineTexts(robot)).contains("table main.coupons: in the database, not in the migrations");
        // The drifted file is replayed as it was applied, so its edit is no schema drift.
        assertThat(lineTexts(robot)).anySatisfy(text -> assertThat(text)
                .startsWith("20240103090000 add status to orders: from journal ("));

        // The repair: the hand-made changes undone, by hand.
        try (Connection connection = window.workspace().databaseProperty().get().connect();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE coupons");
            statement.execute("DROP INDEX orders_user_id");
            statement.execute("CREATE INDEX orders_user_id ON orders (user_id)");
        }
        robot.clickOn("#checkSchema");

        waitUntil(() -> headline(robot).startsWith("The database matches"));
        assertThat(headline(robot)).isEqualTo("The database matches its migrations (3 migrations replayed in an "
                + "in-memory SQLite database, 17 objects compared)");
        assertThat(demoBanner(robot)).doesNotContain("by hand");
    }

    private static String demoBanner(FxRobot robot) {
        return robot.lookup("#demoBannerText").queryLabeled().getText();
    }

    @Test
    void theTreesShowSchemaDriftShowsOnlyThatMigrationsFindings(FxRobot robot) throws Exception {
        open(robot, project("no-project"), Map.of());
        waitUntil(() -> window.workspace().rows().size() == 4);
        robot.clickOn("#checkSchema");
        waitUntil(() -> headline(robot).startsWith("Schema drift"));
        robot.interact(() -> lowerTabs(robot).getSelectionModel().select(0));

        TreeCell<?> createOrders = robot.lookup("#migrationTree .tree-cell").match(cell -> ((TreeCell<?>) cell).getItem()
                instanceof TreeEntry.MigrationEntry entry && entry.row().version() == CREATE_ORDERS).query();
        robot.interact(() -> createOrders.getContextMenu().show(createOrders, Side.BOTTOM, 0, 0));
        robot.clickOn("#treeShowSchemaDrift");

        waitUntil(() -> lowerTabs(robot).getSelectionModel().getSelectedItem().getText().equals("Schema"));
        assertThat(robot.lookup("#schemaFilter").queryLabeled().getText())
                .isEqualTo("Only 20240102090000 create orders");
        assertThat(lines(robot)).allMatch(line -> line.isAbout(CREATE_ORDERS)).hasSize(2);
        assertThat(lineTexts(robot).get(0)).startsWith("index main.orders.orders_user_id: ");
    }

    @Test
    void compareWithAnotherDatabaseShowsBothLedgers(FxRobot robot) throws Exception {
        Path project = project("two");
        migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        migration(project, "2_orders.sql", "CREATE TABLE orders (id INTEGER PRIMARY KEY);\n");
        String here = "sqlite://" + project.resolve("here.db") + "?mode=rwc";
        String there = "sqlite://" + project.resolve("there.db") + "?mode=rwc";
        CliTestSupport.run(project, "migrate", "run", "-D", here, "--target-version", "1");
        CliTestSupport.run(project, "migrate", "run", "-D", there);
        open(robot, project, Map.of("DATABASE_URL", here));
        waitUntil(() -> window.workspace().rows().size() == 2);

        robot.interact(() -> menuItem(robot, "compareDatabasesMenu").fire());
        robot.clickOn("#compareUrl").write(there);
        robot.clickOn("#compareRun");

        waitUntil(() -> ledgers(robot).getItems().size() == 2);
        assertThat(ledgers(robot).getItems()).containsExactly(
                new LedgerPair(1, "users", "applied", "applied", false),
                new LedgerPair(2, "orders", "pending", "applied", true));
        assertThat(robot.lookup("#compareDifferences").queryListView().getItems())
                .containsExactly("table main.orders: in the other database, not in this database");
        assertThat(robot.lookup("#compareSummary").queryLabeled().getText())
                .contains("The other database: " + DatabaseUrl.parse(there).masked());
    }

    @Test
    void theRevertDialogWarnsWhenTheDownFileIsKnownToBeBroken(FxRobot robot) throws Exception {
        Path project = project("broken-down");
        migration(project, "1_users.up.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n"
                + "CREATE TABLE sessions (id INTEGER PRIMARY KEY);\n");
        migration(project, "1_users.down.sql", "DROP TABLE users;\n");
        String url = sqlite(project);
        CliTestSupport.run(project, "migrate", "run", "-D", url);
        open(robot, project, Map.of("DATABASE_URL", url));
        waitUntil(() -> window.workspace().rows().size() == 1);

        robot.interact(() -> menuItem(robot, "checkReversibilityMenu").fire());
        waitUntil(() -> headline(robot).startsWith("Not reversible"));
        robot.clickOn("#revertMigration");

        waitUntil(() -> robot.lookup("#revertReversibilityWarning").tryQuery().filter(label -> label.isVisible())
                .isPresent());
        assertThat(robot.lookup("#revertReversibilityWarning").queryLabeled().getText())
                .startsWith("The down file of 1 users is known to be broken (Check Reversibility): "
                        + "1_users.down.sql leaves table main.sessions");
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuBar menuBar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return menuBar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TableView<LedgerPair> ledgers(FxRobot robot) {
        return robot.lookup("#compareLedgers").queryAs(TableView.class);
    }

    private static String headline(FxRobot robot) {
        return robot.lookup("#schemaHeadline").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    @SuppressWarnings("unchecked")
    private static List<SchemaCheckLine> lines(FxRobot robot) {
        return robot.lookup("#schemaLines").queryAs(ListView.class).getItems();
    }

    private static List<String> lineTexts(FxRobot robot) {
        return lines(robot).stream().map(SchemaCheckLine::text).toList();
    }
}
