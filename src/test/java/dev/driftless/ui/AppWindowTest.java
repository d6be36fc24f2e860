package dev.driftless.ui;

import dev.driftless.cli.CliTestSupport;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.testing.TestPostgres;
import dev.driftless.ui.actions.DisabledWithReason;
import dev.driftless.ui.tree.TreeEntry;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The real window, driven headless: a project on a real database, as a person would use it. */
class AppWindowTest extends WindowHarness {
    @Test
    void treeShowsEveryStatusOfARealProject(FxRobot robot) throws Exception {
        Path project = project("statuses");
        migration(project, "1_applied.sql", "CREATE TABLE a (id INTEGER);");
        migration(project, "2_drifted.sql", "CREATE TABLE b (id INTEGER);");
        migration(project, "3_gone.sql", "CREATE TABLE c (id INTEGER);");
        String url = sqlite(project);
        CliTestSupport.run(project, "migrate", "run", "-D", url);
        migration(project, "2_drifted.sql", "CREATE TABLE b (id INTEGER, edited TEXT);");
        Files.delete(project.resolve("migrations/3_gone.sql"));
        migration(project, "4_pending.sql", "CREATE TABLE d (id INTEGER);");

        open(robot, project, Map.of("DATABASE_URL", url));

        waitUntil(() -> treeStatuses(robot).size() == 4);
        assertThat(treeStatuses(robot)).containsExactly(MigrationStatus.APPLIED, MigrationStatus.DRIFTED,
                MigrationStatus.MISSING, MigrationStatus.PENDING);
        assertThat(robot.lookup("#treeCounts").queryLabeled().getText())
                .isEqualTo("1 applied · 1 pending · 1 drifted · 1 missing");
        // The drifted migration is selected first; the drift tab comes forward and the tree gets its badge.
        waitUntil(() -> robot.lookup("#migrationTree .drift-kind-badge").tryQuery().isPresent());
        assertThat(robot.lookup("#lowerTabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Drift");
        assertThat(robot.lookup("#driftClassification").queryLabeled().getText())
                .isEqualTo(robot.lookup("#migrationTree .drift-kind-badge").queryLabeled().getText());
    }

    @Test
    void aDatabaseThatDoesNotExistShowsUnknownStatusesAndCanBeCreatedFromTheBar(FxRobot robot) throws Exception {
        Path project = project("missing-db");
        migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER);");
        String url = "sqlite://" + project.resolve("not-yet.db");

        open(robot, project, Map.of("DATABASE_URL", url));

        waitUntil(() -> treeStatuses(robot).equals(List.of(MigrationStatus.UNKNOWN)));
        assertThat(robot.lookup("#databaseProblem").query().isVisible()).isTrue();
        assertThat(robot.lookup("#databaseProblemMessage").queryLabeled().getText()).contains("does not exist");
        assertThat(robot.lookup("#treeCounts").queryLabeled().getText()).isEqualTo("1 unknown");
        // Run and Revert cannot do anything here, and their buttons say why.
        assertThat(robot.lookup("#runMigrations").query().isDisabled()).isTrue();
        assertThat(whyNot(robot, "#runMigrations")).isEqualTo(
                "The database does not exist. Create the database, or check the name in the URL.");
        assertThat(robot.lookup("#revertMigration").query().isDisabled()).isTrue();
        assertThat(whyNot(robot, "#checkSchema")).startsWith("The database does not exist.");
        assertThat(robot.lookup("#editorPlaceholder").query().isVisible()).as("no file open yet").isTrue();

        robot.clickOn("#createDatabase");

        waitUntil(() -> treeStatuses(robot).equals(List.of(MigrationStatus.PENDING)));
        assertThat(robot.lookup("#databaseProblem").query().isVisible()).isFalse();
        assertThat(robot.lookup("#runMigrations").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#checkSchema").query().isDisabled()).isFalse();
        assertThat(whyNot(robot, "#revertMigration")).isEqualTo("Nothing to revert: no migration is applied.");
        assertThat(project.resolve("not-yet.db")).exists();
    }

    @Test
    void editingAnAppliedFileAndSavingTurnsItDrifted(FxRobot robot) throws Exception {
        Path project = openWithAppliedUsersInTheEditor(robot, "edit");
        CodeArea editor = robot.lookup("#sqlEditor").queryAs(CodeArea.class);
        assertThat(robot.lookup("#editorBanner").query().isVisible()).isTrue();
        robot.interact(() -> editor.moveTo(editor.getLength()));
        robot.clickOn(editor).write("-- changed\n");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);

        waitUntil(() -> treeStatuses(robot).equals(List.of(MigrationStatus.DRIFTED)));
        assertThat(Files.readString(project.resolve("migrations/1_users.sql"))).endsWith("-- changed\n");
    }

    @Test
    void aFileChangedOnDiskShowsItsNewContentAndStatusByItself(FxRobot robot) throws Exception {
        Path project = openWithAppliedUsersInTheEditor(robot, "outside");

        // As another editor or `git checkout` would, while the window keeps its focus.
        migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER, name TEXT);\n");

        CodeArea editor = robot.lookup("#sqlEditor").queryAs(CodeArea.class);
        waitUntil(() -> editor.getText().contains("name TEXT")
                && treeStatuses(robot).equals(List.of(MigrationStatus.DRIFTED)));
    }

    @Test
    void aRowInsertedByAnotherConnectionAppearsByItself(FxRobot robot) throws Exception {
        Path project = project("live");
        migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER);");
        migration(project, "2_orders.sql", "CREATE TABLE orders (id INTEGER);");
        String url = sqlite(project);
        CliTestSupport.run(project, "migrate", "run", "--target-version", "1", "-D", url);
        open(robot, project, Map.of("DATABASE_URL", url));
        TableView<?> ledger = robot.lookup("#ledgerTable").queryTableView();
        waitUntil(() -> ledger.getItems().size() == 1);

        // Another process applies migration 2, as an application starting with sqlx's Migrator would.
        CliTestSupport.run(project, "migrate", "run", "-D", url);

        waitUntil(() -> ledger.getItems().size() == 2);
        assertThat(robot.lookup("#ledgerStatus").queryLabeled().getText()).startsWith("live");
    }

    @Test
    void thePasswordIsNeverShown(FxRobot robot) throws Exception {
        Path project = project("secret");
        migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER);");
        String database = TestPostgres.createDatabase();
        String url = TestPostgres.url(database).replace("postgres:postgres@", "postgres:Sup3rS3cret@");
        try (Connection admin = TestPostgres.connect("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("ALTER USER postgres PASSWORD 'Sup3rS3cret'");
        }
        try {
            open(robot, project, Map.of("DATABASE_URL", url));
            waitUntil(() -> treeStatuses(robot).size() == 1 && robot.lookup("#ledgerStatus").queryLabeled()
                    .getText().startsWith("live"));

            assertThat(robot.lookup("#connectionUrl").queryTextInputControl().getText())
                    .isEqualTo(DatabaseUrl.parse(url).masked()).contains("****");
            assertThat(allTexts(robot.lookup("#mainWindow").query())).noneMatch(text -> text.contains("Sup3rS3cret"));
        } finally {
            try (Connection admin = DatabaseUrl.parse(url).connect(); Statement statement = admin.createStatement()) {
                statement.execute("ALTER USER postgres PASSWORD 'postgres'");
            }
        }
    }

    @Test
    void runFromTheToolBarAppliesAndTheLedgerShowsTheRowsThenRevertRemovesOne(FxRobot robot) throws Exception {
        openPendingUsersAndOrdersWithDownFiles(robot, "run");
        TableView<?> ledger = robot.lookup("#ledgerTable").queryTableView();

        robot.clickOn("#runMigrations");
        waitUntil(() -> robot.lookup("#runConfirm").tryQuery().map(Node::isDisabled).orElse(true).equals(false));
        robot.clickOn("#runConfirm");
        waitUntil(() -> ledger.getItems().size() == 2);
        assertThat(treeStatuses(robot)).containsOnly(MigrationStatus.APPLIED);
        assertThat(whyNot(robot, "#runMigrations")).isEqualTo("Nothing to run: no migration is pending.");
        assertThat(menuItem(robot, "Migrations", "runMigrationsMenu").isDisable()).isTrue();
        robot.interact(() -> robot.lookup("#runConfirm").query().getScene().getWindow().hide());

        robot.clickOn("#revertMigration");
        waitUntil(() -> robot.lookup("#revertConfirm").tryQuery().map(Node::isDisabled).orElse(true).equals(false));
        assertThat(robot.lookup("#revertDownSql").queryTextInputControl().getText()).contains("DROP TABLE orders;");
        assertThat(CodeFontTest.isMonospaced(robot.lookup("#revertDownSql").queryTextInputControl().getFont()))
                .as("a dialog's SQL is in the code font too").isTrue();
        robot.clickOn("#revertConfirm");
        waitUntil(() -> ledger.getItems().size() == 1);
        assertThat(treeStatuses(robot)).containsExactly(MigrationStatus.APPLIED, MigrationStatus.PENDING);
    }

    @Test
    void aFailingMigrationShowsItsErrorAndLeavesNoRow(FxRobot robot) throws Exception {
        Path project = project("failing");
        migration(project, "1_broken.sql", "CREATE TABLE half (id INTEGER);\nINSERT INTO nowhere VALUES (1);");
        open(robot, project, Map.of("DATABASE_URL", sqlite(project)));
        waitUntil(() -> treeStatuses(robot).size() == 1);

        robot.clickOn("#runMigrations");
        waitUntil(() -> robot.lookup("#runConfirm").tryQuery().map(Node::isDisabled).orElse(true).equals(false));
        robot.clickOn("#runConfirm");

        waitUntil(() -> robot.lookup("#runError").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(allTexts(robot.lookup("#runError").query())).anyMatch(text -> text.contains("no such table: nowhere"));
        assertThat(treeStatuses(robot)).containsExactly(MigrationStatus.PENDING);
        assertThat(robot.lookup("#ledgerTable").queryTableView().getItems()).isEmpty();

        // Once the dialog is gone the migration does not look merely pending: the tree and the editor say so.
        robot.interact(() -> ((Stage) robot.lookup("#runError").query().getScene().getWindow()).close());
        waitUntil(() -> robot.lookup("#migrationTree .last-run-failed").tryQuery().isPresent());
        assertThat(robot.lookup("#migrationTree .last-run-failed").queryLabeled().getTooltip().getText())
                .contains("Its last run failed: ").contains("no such table: nowhere");
        robot.doubleClickOn("#migrationTree .last-run-failed");
        waitUntil(() -> robot.lookup("#editorBanner").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(allTexts(robot.lookup("#editorBanner").query()))
                .anyMatch(text -> text.contains("last run failed: ") && text.contains("no such table: nowhere"));
    }

    @Test
    void theDemoBarClosesAndGivesItsHeightBackToThePanes(FxRobot robot) throws Exception {
        openDemo(robot);
        waitUntil(() -> robot.lookup("#demoBanner").tryQuery().map(Node::isVisible).orElse(false));
        double editorHeight = robot.lookup("#editorTabs").query().getLayoutBounds().getHeight();

        robot.clickOn("#demoBannerClose");

        assertThat(robot.lookup("#demoBanner").query().isManaged()).isFalse();
        waitUntil(() -> robot.lookup("#editorTabs").query().getLayoutBounds().getHeight() > editorHeight);
    }

    @Test
    void theDemosDriftedRowInTheLedgerShowsTheKindOfChangeAfterItsStatus(FxRobot robot) throws Exception {
        StatusRow drifted = openDemo(robot);

        waitUntil(() -> ledgerBadge(robot, drifted.version()).isPresent());
        Label badge = ledgerBadge(robot, drifted.version()).orElseThrow();
        assertThat(badge.getText()).isEqualTo("semantic");
        assertThat(((Labeled) badge.getParent()).getText()).isEqualTo("drifted");
        assertThat(badge.getStyleClass()).contains("drift-serious");
    }

    @Test
    void aCosmeticDriftIsPaintedAsAWarningAndASemanticOneAsAnAlarm(FxRobot robot) throws Exception {
        Path project = project("severity");
        migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER);\n");
        migration(project, "2_orders.sql", "CREATE TABLE orders (id INTEGER);\n");
        String url = sqlite(project);
        CliTestSupport.run(project, "migrate", "run", "-D", url);
        migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER);\r\n");
        migration(project, "2_orders.sql", "CREATE TABLE orders (id INTEGER, total INTEGER);\n");
        open(robot, project, Map.of("DATABASE_URL", url));

        waitUntil(() -> ledgerBadge(robot, 1).isPresent() && ledgerBadge(robot, 2).isPresent());
        assertThat(ledgerRow(robot, 1).orElseThrow().getStyleClass()).contains("drift-cosmetic")
                .doesNotContain("drift-serious");
        assertThat(ledgerRow(robot, 2).orElseThrow().getStyleClass()).contains("drift-serious");
        assertThat(treeCell(robot, 1).getStyleClass()).contains("status-drifted", "drift-cosmetic");
        assertThat(treeCell(robot, 2).getStyleClass()).contains("status-drifted", "drift-serious");
    }

    @Test
    void theEditorBannersButtonBringsTheDriftTabForwardWithTheDiff(FxRobot robot) throws Exception {
        StatusRow drifted = openDemo(robot);
        waitUntil(() -> robot.lookup("#editorShowDrift").tryQuery().map(Node::isVisible).orElse(false)
                && !robot.lookup("#driftDiff").queryAs(CodeArea.class).getText().isEmpty());
        robot.interact(() -> lowerTabs(robot).getSelectionModel().select(0));

        robot.clickOn("#editorShowDrift");

        waitUntil(() -> lowerTabs(robot).getSelectionModel().getSelectedItem().getText().equals("Drift"));
        assertThat(window.workspace().selectedVersionProperty().get()).isEqualTo(drifted.version());
        assertThat(robot.lookup("#driftDiff").queryAs(CodeArea.class).getText()).contains("DEFAULT 'paid'");
        assertThat(robot.lookup("#mainSplit").queryAs(SplitPane.class).getDividerPositions()[0])
                .as("the bottom tabs have room for the diff").isLessThanOrEqualTo(1 - Navigation.DRIFT_SHARE + 0.01);
    }

    @Test
    void theLedgerRowsShowWhatChangedSelectsItAndBringsTheDriftTabForward(FxRobot robot) throws Exception {
        StatusRow drifted = openDemo(robot);
        long applied = window.workspace().rows().get(0).version();
        robot.interact(() -> window.workspace().selectedVersionProperty().set(applied));
        robot.interact(() -> lowerTabs(robot).getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#driftDiff").queryAs(CodeArea.class).getText().isEmpty());

        rightClickOn(robot, ledgerRow(robot, drifted.version()).orElseThrow());
        robot.clickOn("#ledgerShowDrift");

        waitUntil(() -> lowerTabs(robot).getSelectionModel().getSelectedItem().getText().equals("Drift")
                && !robot.lookup("#driftDiff").queryAs(CodeArea.class).getText().isEmpty());
        assertThat(window.workspace().selectedVersionProperty().get()).isEqualTo(drifted.version());
        assertThat(robot.lookup("#driftDiff").queryAs(CodeArea.class).getText()).contains("DEFAULT 'paid'");
    }

    @Test
    void theLedgerRowsCopyChecksumPutsTheFullChecksumOnTheClipboard(FxRobot robot) throws Exception {
        StatusRow drifted = openDemo(robot);
        robot.interact(() -> Clipboard.getSystemClipboard().clear());

        rightClickOn(robot, ledgerRow(robot, drifted.version()).orElseThrow());
        robot.clickOn("#ledgerCopyChecksum");

        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).isEqualTo(drifted.applied().checksum().hex()).hasSize(96);
    }

    @Test
    void theTreesShowWhatChangedBringsTheDriftTabForward(FxRobot robot) throws Exception {
        StatusRow drifted = openDemo(robot);
        robot.interact(() -> lowerTabs(robot).getSelectionModel().select(0));

        rightClickOn(robot, treeCell(robot, drifted.version()));
        robot.clickOn("#treeShowDrift");

        waitUntil(() -> lowerTabs(robot).getSelectionModel().getSelectedItem().getText().equals("Drift")
                && !robot.lookup("#driftDiff").queryAs(CodeArea.class).getText().isEmpty());
        assertThat(window.workspace().selectedVersionProperty().get()).isEqualTo(drifted.version());
    }

    @Test
    void theMenusAreTheConventionalOnesWithTheirShortcuts(FxRobot robot) throws Exception {
        openDemo(robot);
        MenuBar menuBar = robot.lookup("#menuBar").queryAs(MenuBar.class);

        assertThat(menuBar.getMenus()).extracting(Menu::getText)
                .containsExactly("File", "Edit", "Migrations", "Database", "View", "Help");
        assertThat(menuItems(menuBar, "File")).containsExactly("Open Folder… Shortcut+O", "Open Recent",
                "Save Shortcut+S", "Close Tab Shortcut+W", "Preferences… Shortcut+Comma", "Quit Shortcut+Q");
        assertThat(menuItems(menuBar, "Edit")).containsExactly("Undo Shortcut+Z", "Redo Shift+Shortcut+Z",
                "Cut Shortcut+X", "Copy Shortcut+C", "Paste Shortcut+V", "Find… Shortcut+F", "Replace… Shortcut+H");
        assertThat(menuItems(menuBar, "Migrations")).contains("Repair Drift");
        assertThat(menuItems(menuBar, "Help")).containsExactly("Keyboard Shortcuts F1", "About Driftless");
    }

    @Test
    void theDriftRepairsAreInTheMigrationsMenuAsTheDriftTabOffersThem(FxRobot robot) throws Exception {
        openDemo(robot);
        waitUntil(() -> robot.lookup("#restoreButton").tryQuery().map(node -> !node.isDisabled()).orElse(false));
        Menu repairs = (Menu) robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().get(2).getItems().stream()
                .filter(item -> "repairDriftMenu".equals(item.getId())).findFirst().orElseThrow();

        MenuItem restore = repairItem(repairs, "restoreButtonMenu");
        assertThat(restore.getText()).isEqualTo("Restore applied text…");
        assertThat(restore.isDisable()).isFalse();
        assertThat(repairItem(repairs, "undoRepairMenu").isDisable())
                .isEqualTo(robot.lookup("#undoRepair").query().isDisabled());
        // The demo's drift is semantic: no line-ending repair, in the tab or the menu.
        assertThat(repairItem(repairs, "gitattributesButtonMenu").isVisible()).isFalse();
        assertThat(robot.lookup("#gitattributesButton").query().isVisible()).isFalse();

        robot.interact(() -> lowerTabs(robot).getSelectionModel().select(0));
        robot.interact(restore::fire);

        // The tab's own preview and confirmation, with the Drift tab brought forward behind it.
        waitUntil(() -> robot.lookup("#fileChangeDiff").tryQuery().isPresent());
        assertThat(lowerTabs(robot).getSelectionModel().getSelectedItem().getText()).isEqualTo("Drift");
        robot.interact(() -> robot.lookup("#fileChangeDiff").query().getScene().getWindow().hide());
    }

    private static MenuItem repairItem(Menu repairs, String id) {
        return repairs.getItems().stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    @Test
    void theKeyboardSavesClosesAndMovesBetweenPanes(FxRobot robot) throws Exception {
        Path project = openWithAppliedUsersInTheEditor(robot, "keys");
        Path file = project.resolve("migrations/1_users.sql");
        CodeArea editor = robot.lookup("#sqlEditor").queryAs(CodeArea.class);
        waitUntil(() -> !editor.getText().isEmpty());
        assertThat(robot.lookup("#editorPlaceholder").query().isVisible()).isFalse();
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write("-- why\n");

        robot.push(KeyCode.CONTROL, KeyCode.S);
        waitUntil(() -> readQuietly(file).startsWith("-- why\n"));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(robot.lookup("#migrationTree").query().isFocused()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(editor.isFocused()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        assertThat(robot.lookup("#lowerTabs").query().isFocusWithin()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.W);
        waitUntil(() -> robot.lookup("#sqlEditor").tryQuery().isEmpty());
    }

    @Test
    void theEditMenuUndoesAndFindOpensTheFindBarOfTheSelectedFile(FxRobot robot) throws Exception {
        openWithAppliedUsersInTheEditor(robot, "edit-menu");
        CodeArea editor = robot.lookup("#sqlEditor").queryAs(CodeArea.class);
        waitUntil(() -> !editor.getText().isEmpty());
        String before = editor.getText();
        robot.interact(() -> {
            editor.requestFocus();
            editor.moveTo(0);
        });
        robot.write("x");
        waitUntil(() -> !editor.getText().equals(before));

        robot.interact(() -> menuItem(robot, "Edit", "undoMenu").fire());
        waitUntil(() -> editor.getText().equals(before));

        robot.interact(() -> menuItem(robot, "Edit", "findMenu").fire());
        waitUntil(() -> robot.lookup("#findField").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(robot.lookup("#findField").query().isFocused()).isTrue();
    }

    @Test
    void aboutNamesTheVersionTheRuntimeAndTheDataFolder(FxRobot robot) throws Exception {
        openDemo(robot);

        robot.interact(() -> menuItem(robot, "Help", "aboutMenu").fire());

        waitUntil(() -> robot.lookup("#aboutDataFolder").tryQuery().isPresent());
        assertThat(robot.lookup("#aboutVersion").queryTextInputControl().getText()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(robot.lookup("#aboutJava").queryTextInputControl().getText())
                .contains(System.getProperty("java.runtime.version"));
        assertThat(robot.lookup("#aboutDataFolder").queryTextInputControl().getText())
                .isEqualTo(home.resolve("data").toString());
        robot.interact(() -> robot.lookup("#aboutDataFolder").query().getScene().getWindow().hide());
    }

    @Test
    void quitClosesTheWindowWhenNothingIsUnsaved(FxRobot robot) throws Exception {
        openDemo(robot);

        robot.push(KeyCode.CONTROL, KeyCode.Q);

        waitUntil(() -> !stage.isShowing());
    }

    private static List<String> menuItems(MenuBar menuBar, String menuName) {
        return menuBar.getMenus().stream().filter(menu -> menu.getText().equals(menuName)).findFirst().orElseThrow()
                .getItems().stream().map(item -> item.getText()
                        + (item.getAccelerator() == null ? "" : " " + item.getAccelerator().getName())).toList();
    }

    private static MenuItem menuItem(FxRobot robot, String menuName, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream()
                .filter(menu -> menu.getText().equals(menuName)).findFirst().orElseThrow().getItems().stream()
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void codeIsInAMonospacedFontInTheEditorAndTheDriftDiff(FxRobot robot) throws Exception {
        openDemo(robot);
        waitUntil(() -> robot.lookup("#sqlEditor .text").tryQuery().isPresent()
                && !robot.lookup("#driftDiff").queryAs(CodeArea.class).getText().isEmpty());

        assertThat(CodeFontTest.isMonospaced(robot.lookup("#sqlEditor .text").queryAs(Text.class).getFont())).isTrue();
        assertThat(CodeFontTest.isMonospaced(robot.lookup("#driftDiff .text").queryAs(Text.class).getFont())).isTrue();
    }

    @Test
    void aClickOnADownFileOpensItAloneAndTheTreeFollowsTheEditorsTabs(FxRobot robot) throws Exception {
        openPendingUsersAndOrdersWithDownFiles(robot, "files");
        TreeView<TreeEntry> tree = robot.lookup("#migrationTree").query();
        TreeItem<TreeEntry> orders = tree.getRoot().getChildren().get(1);
        robot.interact(() -> orders.setExpanded(true));
        TabPane editorTabs = robot.lookup("#editorTabs").queryAs(TabPane.class);
        List<String> before = tabTexts(editorTabs);

        robot.clickOn(treeCellShowing(robot, orders.getChildren().get(1).getValue()));

        waitUntil(() -> editorTabs.getSelectionModel().getSelectedItem() != null
                && editorTabs.getSelectionModel().getSelectedItem().getText().equals("2_orders.down.sql"));
        List<String> opened = new ArrayList<>(tabTexts(editorTabs));
        opened.removeAll(before);
        assertThat(opened).containsExactly("2_orders.down.sql");
        assertThat(window.workspace().selectedVersionProperty().get()).isEqualTo(2L);

        robot.clickOn(treeCellShowing(robot, tree.getRoot().getChildren().get(0).getValue()));
        waitUntil(() -> editorTabs.getSelectionModel().getSelectedItem().getText().equals("1_users.up.sql"));
        List<String> tabs = tabTexts(editorTabs);
        robot.interact(() -> editorTabs.getSelectionModel().select(editorTabs.getTabs().stream()
                .filter(tab -> tab.getText().equals("2_orders.down.sql")).findFirst().orElseThrow()));

        waitUntil(() -> tree.getSelectionModel().getSelectedItem() == orders.getChildren().get(1));
        assertThat(window.workspace().selectedVersionProperty().get()).isEqualTo(2L);
        assertThat(tabTexts(editorTabs)).isEqualTo(tabs);
        assertThat(editorTabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("2_orders.down.sql");
    }

    private static List<String> tabTexts(TabPane tabs) {
        return tabs.getTabs().stream().map(Tab::getText).toList();
    }

    private static Node treeCellShowing(FxRobot robot, TreeEntry entry) {
        return robot.lookup("#migrationTree .tree-cell").match(cell -> entry.equals(((TreeCell<?>) cell).getItem())).query();
    }

    /** Opens a project of two pending migrations, 1_users and 2_orders, each with an up and a down file. */
    private void openPendingUsersAndOrdersWithDownFiles(FxRobot robot, String name) throws Exception {
        Path project = project(name);
        migration(project, "1_users.up.sql", "CREATE TABLE users (id INTEGER);");
        migration(project, "1_users.down.sql", "DROP TABLE users;");
        migration(project, "2_orders.up.sql", "CREATE TABLE orders (id INTEGER);");
        migration(project, "2_orders.down.sql", "DROP TABLE orders;");
        open(robot, project, Map.of("DATABASE_URL", sqlite(project)));
        waitUntil(() -> treeStatuses(robot).size() == 2);
    }

    /** Opens a project whose one migration, 1_users.sql, is applied, and opens that file in the editor. */
    private Path openWithAppliedUsersInTheEditor(FxRobot robot, String name) throws Exception {
        Path project = project(name);
        migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER);\n");
        String url = sqlite(project);
        CliTestSupport.run(project, "migrate", "run", "-D", url);
        open(robot, project, Map.of("DATABASE_URL", url));
        waitUntil(() -> treeStatuses(robot).equals(List.of(MigrationStatus.APPLIED)));
        robot.interact(() -> window.workspace().selectedVersionProperty().set(1L));
        waitUntil(() -> robot.lookup("#sqlEditor").tryQuery().isPresent());
        return project;
    }

    /**
     * A right click as a desktop delivers it: the press (which selects), then the context menu
     * request, which Monocle's headless mouse does not send by itself.
     */
    /** The tooltip of a disabled tool bar button, which says why; null while it can act. */
    private static String whyNot(FxRobot robot, String buttonId) {
        Node button = robot.lookup(buttonId).query();
        return button.isDisabled() ? ((DisabledWithReason) button.getParent()).tooltip().getText() : null;
    }

    private static void rightClickOn(FxRobot robot, Node node) {
        robot.rightClickOn(node);
        Bounds screen = node.localToScreen(node.getBoundsInLocal());
        robot.interact(() -> node.fireEvent(new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                screen.getWidth() / 2, screen.getHeight() / 2, screen.getCenterX(), screen.getCenterY(), false, null)));
    }

    /** Opens the window where there is no project, so it opens the demo; returns the demo's drifted row. */
    private StatusRow openDemo(FxRobot robot) throws Exception {
        open(robot, project("no-project"), Map.of());
        waitUntil(() -> window.workspace().rows().stream().anyMatch(row -> row.status() == MigrationStatus.DRIFTED)
                && robot.lookup("#ledgerTable").queryTableView().getItems().size() == 3);
        return window.workspace().rows().stream().filter(row -> row.status() == MigrationStatus.DRIFTED)
                .findFirst().orElseThrow();
    }

    private static Node treeCell(FxRobot robot, long version) {
        return robot.lookup("#migrationTree .tree-cell").match(cell -> ((TreeCell<?>) cell).getItem()
                instanceof TreeEntry.MigrationEntry entry && entry.row().version() == version).query();
    }

    private static Optional<Node> ledgerRow(FxRobot robot, long version) {
        return robot.lookup("#ledgerTable .table-row-cell").queryAll().stream()
                .filter(row -> ((TableRow<?>) row).getItem() instanceof StatusRow status && status.version() == version)
                .findFirst();
    }

    private static Optional<Label> ledgerBadge(FxRobot robot, long version) {
        return ledgerRow(robot, version).flatMap(row -> robot.from(row).lookup(".drift-kind-badge").tryQueryAs(Label.class));
    }

    private static List<MigrationStatus> treeStatuses(FxRobot robot) {
        TreeView<TreeEntry> tree = robot.lookup("#migrationTree").query();
        List<MigrationStatus> statuses = new ArrayList<>();
        for (TreeItem<TreeEntry> item : tree.getRoot().getChildren()) {
            if (item.getValue() instanceof TreeEntry.MigrationEntry migration) {
                StatusRow row = migration.row();
                statuses.add(row.status());
            }
        }
        return statuses;
    }

    private static List<String> allTexts(Node node) {
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> texts.addAll(allTexts(child)));
        }
        return texts;
    }
}
