package dev.driftless.ui;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.ui.database.ObjectDetail;
import dev.driftless.ui.database.PreviewCell;
import dev.driftless.ui.database.SchemaTreeNode;
import dev.driftless.ui.demo.DemoProject;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Database and Object tabs of the real window, driven headless. */
class DatabaseWindowTest extends WindowHarness {
    @Test
    void theDemosTablesAreShownWithTheirColumnsDdlAndRowsAndCanBeFiltered(FxRobot robot) throws Exception {
        open(robot, project("no-project"), Map.of());
        waitUntil(() -> window.workspace().rows().stream().anyMatch(row -> row.status() == MigrationStatus.DRIFTED));
        Path demoDatabase = home.resolve("data").resolve(DemoProject.FOLDER_NAME).resolve(DemoProject.DATABASE_FILE_NAME);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + demoDatabase);
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO users (email, name) VALUES ('ann@example.com', 'Ann'), ('bo@example.com', 'Bo')");
        }

        robot.interact(() -> sideTabs(robot).getSelectionModel().select(1));

        waitUntil(() -> treeLabels(robot).containsAll(List.of("main", "Tables", "orders", "users")));
        robot.clickOn(treeCell(robot, "orders"));
        waitUntil(() -> robot.lookup("#objectTitle").tryQuery().isPresent()
                && robot.lookup("#objectTitle").queryLabeled().getText().equals("table main.orders"));
        assertThat(lowerTabs(robot).getSelectionModel().getSelectedItem().getText()).isEqualTo("Object");
        TableView<ObjectDetail.Column> columns = robot.lookup("#objectColumns").queryTableView();
        assertThat(columns.getItems()).extracting(ObjectDetail.Column::name)
                .containsExactly("id", "user_id", "total_cents", "placed_at", "status");
        robot.interact(() -> objectTabs(robot).getSelectionModel().select(1));
        assertThat(robot.lookup("#objectDdl .code-area").queryAs(CodeArea.class).getText())
                .contains("CREATE TABLE orders").contains("CREATE INDEX orders_status");
        assertThat(robot.lookup("#objectDdl .code-area").queryAs(CodeArea.class).isEditable()).isFalse();

        robot.clickOn(treeCell(robot, "users"));
        robot.interact(() -> objectTabs(robot).getSelectionModel().select(2));
        waitUntil(() -> robot.lookup("#dataTable").queryTableView().getItems().size() == 2);
        @SuppressWarnings("unchecked")
        List<PreviewCell> first = (List<PreviewCell>) robot.lookup("#dataTable").queryTableView().getItems().get(0);
        assertThat(first).extracting(PreviewCell::shown).contains("ann@example.com", "Ann");
        robot.clickOn("#countRows");
        waitUntil(() -> robot.lookup("#dataStatus").queryLabeled().getText().endsWith("2 rows in all"));

        robot.clickOn("#databaseFilter").write("user");
        waitUntil(() -> treeLabels(robot).equals(List.of("main", "Tables", "users")));
        assertThat(robot.lookup("#databaseFilter").queryTextInputControl().getText()).isEqualTo("user");
    }

    @Test
    void aDatabaseThatCannotBeReadIsSaidSoInTheDatabaseTab(FxRobot robot) throws Exception {
        Path project = project("gone");
        migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER);");
        open(robot, project, Map.of("DATABASE_URL", "sqlite://" + project.resolve("missing.db")));
        waitUntil(() -> window.workspace().rows().size() == 1);

        robot.interact(() -> sideTabs(robot).getSelectionModel().select(1));

        waitUntil(() -> Optional.ofNullable(robot.lookup("#databaseMessage").queryLabeled().getText()).orElse("")
                .startsWith("Cannot read the schema of"));
        assertThat(robot.lookup("#databaseMessage").queryLabeled().getText()).contains("missing.db");
        assertThat(treeLabels(robot)).isEmpty();
    }

    @Test
    void anObjectToRevealBringsTheDatabaseTabForwardWithItSelected(FxRobot robot) throws Exception {
        open(robot, project("no-project"), Map.of());
        waitUntil(() -> window.workspace().rows().size() == 4);

        robot.interact(() -> window.model().schemaDrift().objectToRevealProperty()
                .set(ObjectKey.inSchema(ObjectKind.TABLE, "main", "users")));

        waitUntil(() -> robot.lookup("#objectTitle").tryQuery().isPresent()
                && "table main.users".equals(robot.lookup("#objectTitle").queryLabeled().getText()));
        assertThat(sideTabs(robot).getSelectionModel().getSelectedItem().getText()).isEqualTo("Database");
        TreeView<SchemaTreeNode> tree = robot.lookup("#databaseTree").query();
        assertThat(treeLabels(robot)).contains("users");
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("users");
        assertThat(window.model().schemaDrift().objectToRevealProperty().get()).isNull();
    }

    private static TabPane sideTabs(FxRobot robot) {
        return robot.lookup("#sideTabs").queryAs(TabPane.class);
    }

    private static TabPane objectTabs(FxRobot robot) {
        return robot.lookup("#objectTabs").queryAs(TabPane.class);
    }

    private static TreeCell<?> treeCell(FxRobot robot, String label) {
        return robot.lookup("#databaseTree .tree-cell")
                .match(cell -> ((TreeCell<?>) cell).getItem() instanceof SchemaTreeNode node && node.label().equals(label))
                .query();
    }

    private static List<String> treeLabels(FxRobot robot) {
        TreeView<SchemaTreeNode> tree = robot.lookup("#databaseTree").query();
        List<String> labels = new ArrayList<>();
        collect(tree.getRoot(), labels);
        return labels;
    }

    private static void collect(TreeItem<SchemaTreeNode> item, List<String> labels) {
        for (TreeItem<SchemaTreeNode> child : item.getChildren()) {
            labels.add(child.getValue().label());
            collect(child, labels);
        }
    }
}
