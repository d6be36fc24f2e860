package dev.driftless.ui.tree;

import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Checksums;
import dev.driftless.core.source.Layout;
import dev.driftless.core.source.Migration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.SourceNote;
import dev.driftless.core.source.MigrationType;
import dev.driftless.core.source.SourceProblem;
import dev.driftless.testing.TestWorkspaces;
import dev.driftless.ui.workspace.WorkspaceSnapshot;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.geometry.Bounds;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The migration tree on a real (headless) stage, fed with workspace snapshots. */
@ExtendWith(ApplicationExtension.class)
class MigrationTreeViewTest {
    @TempDir
    static Path folder;

    private WorkspaceViewModel workspace;
    private Stage stage;

    private final SimpleBooleanProperty badgesWorking = new SimpleBooleanProperty();
    private final ObservableMap<Long, DriftClassification> badges = FXCollections.observableHashMap();
    /** The files the tree asked to open, in order. */
    private final List<Path> opened = new ArrayList<>();
    /** Stands for the editor's active tab. */
    private final ObjectProperty<Path> activeFile = new SimpleObjectProperty<>();

    @Test
    void saysSoWhileTheKindsOfDriftAreWorkedOut(FxRobot robot) {
        assertThat(robot.lookup("#badgeProgress").query().isVisible()).isFalse();

        robot.interact(() -> badgesWorking.set(true));
        assertThat(robot.lookup("#badgeProgress").query().isVisible()).isTrue();

        robot.interact(() -> badgesWorking.set(false));
        assertThat(robot.lookup("#badgeProgress").query().isVisible()).isFalse();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = TestWorkspaces.synchronous();
        workspace.apply(snapshot(pending(1, "create users"), pending(2, "create orders")));
        MigrationTreeView view = new MigrationTreeView(new MigrationTreeViewModel(workspace), file -> {
            opened.add(file);
            activeFile.set(file); // as the editor does: the opened file's tab becomes the active one
        }, version -> { });
        view.showBadges(badges, badgesWorking);
        view.followActiveFile(activeFile);
        stage.setScene(new Scene(view, 400, 300));
        stage.show();
    }

    @Test
    void aRefreshKeepsTheLinesAndGivesNewValuesOnlyToThoseThatChanged(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<TreeEntry> tree = robot.lookup("#migrationTree").queryAs(TreeView.class);
        List<TreeItem<TreeEntry>> lines = List.copyOf(tree.getRoot().getChildren());
        TreeEntry unchanged = lines.get(0).getValue();

        robot.interact(() -> workspace.apply(snapshot(pending(1, "create users"), pending(2, "create all orders"))));

        assertThat(tree.getRoot().getChildren()).containsExactlyElementsOf(lines);
        assertThat(lines.get(0).getValue()).isSameAs(unchanged);
        assertThat(((TreeEntry.MigrationEntry) lines.get(1).getValue()).row().description()).isEqualTo("create all orders");
    }

    @Test
    void theKeyboardFocusStaysOnItsLineWhenLinesAreAddedBeforeIt(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TreeView<TreeEntry> tree = robot.lookup("#migrationTree").queryAs(TreeView.class);
        TreeItem<TreeEntry> orders = tree.getRoot().getChildren().get(1);
        robot.interact(() -> tree.getFocusModel().focus(1));

        robot.interact(() -> workspace.apply(snapshot(pending(0, "create schema"), pending(1, "create users"),
                pending(2, "create orders"))));

        assertThat(tree.getRoot().getChildren()).hasSize(3);
        assertThat(tree.getFocusModel().getFocusedItem()).isSameAs(orders);
        assertThat(tree.getFocusModel().getFocusedIndex()).isEqualTo(2);
    }

    @Test
    void aLineShowsTheStatusOfItsOwnMigrationWhenItsCellHadAnotherBefore(FxRobot robot) {
        StatusRow drifted = row(1, MigrationStatus.DRIFTED, false);
        StatusRow outOfOrder = row(2, MigrationStatus.APPLIED, true);
        robot.interact(() -> workspace.apply(snapshot(drifted, outOfOrder)));
        assertShown(robot, drifted, MigrationStatus.DRIFTED);
        assertShown(robot, outOfOrder, null);

        // The same two cells now show the other statuses: nothing of the previous line may stay behind.
        StatusRow applied = row(1, MigrationStatus.APPLIED, false);
        StatusRow missing = row(2, MigrationStatus.MISSING, false);
        robot.interact(() -> workspace.apply(snapshot(applied, missing)));
        assertShown(robot, applied, MigrationStatus.APPLIED);
        assertShown(robot, missing, MigrationStatus.MISSING);

        robot.interact(() -> workspace.apply(snapshot(applied)));
        assertThat(cells(robot).stream().filter(cell -> cell.getItem() == null))
                .isNotEmpty()
                .allSatisfy(empty -> {
                    assertThat(statusStyles(empty.getStyleClass())).isEmpty();
                    assertThat(empty.getGraphic()).isNull();
                    assertThat(empty.getTooltip()).isNull();
                });
    }

    /** The row's line has its text, its status's style and icon (or the out-of-order ones) and explanation. */
    private static void assertShown(FxRobot robot, StatusRow row, MigrationStatus iconStatus) {
        TreeCell<TreeEntry> cell = cells(robot).stream()
                .filter(candidate -> candidate.getItem() instanceof TreeEntry.MigrationEntry migration
                        && migration.row().version() == row.version())
                .findFirst().orElseThrow();
        assertThat(cell.getText()).isEqualTo(row.version() + " " + row.description());
        assertThat(statusStyles(cell.getStyleClass())).containsExactly(StatusText.styleClass(row.status()));
        assertThat(cell.getStyleClass().contains("out-of-order")).isEqualTo(row.outOfOrder());
        FontIcon icon = iconOf(cell);
        if (iconStatus == null) {
            assertThat(icon.getIconCode()).isEqualTo(MaterialDesignS.SWAP_VERTICAL);
            assertThat(icon.getStyleClass()).contains("status-icon", "out-of-order");
            assertThat(statusStyles(icon.getStyleClass())).isEmpty();
        } else {
            assertThat(icon.getIconCode()).isEqualTo(StatusIcons.of(iconStatus));
            assertThat(icon.getStyleClass()).contains("status-icon").doesNotContain("out-of-order");
            assertThat(statusStyles(icon.getStyleClass())).containsExactly(StatusText.styleClass(iconStatus));
        }
        assertThat(cell.getTooltip().getText())
                .isEqualTo(row.version() + " " + row.description() + "\n" + StatusText.explanation(row));
    }

    private static FontIcon iconOf(TreeCell<TreeEntry> cell) {
        return (FontIcon) ((EntryLine) cell.getGraphic()).getChildren().get(0);
    }

    @Test
    void notesAreListedAfterProblemsAndLessLoudly(FxRobot robot) {
        MigrationSource source = new MigrationSource(folder, Layout.FLAT, List.of(),
                List.of(new SourceProblem(folder.resolve("v1_x.sql"), "bad name")),
                List.of(new SourceNote(folder.resolve("2_y.SQL"), "skipped: not lower case")));
        robot.interact(() -> workspace.apply(new WorkspaceSnapshot(source, List.of(pending(1, "create users")), null)));

        @SuppressWarnings("unchecked")
        TreeView<TreeEntry> tree = robot.lookup("#migrationTree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).extracting(item -> item.getValue().getClass().getSimpleName())
                .containsExactly("MigrationEntry", "ProblemEntry", "NoteEntry");
        TreeCell<TreeEntry> note = cellShowing(robot, "2_y.SQL: skipped: not lower case");
        assertThat(note.getStyleClass()).contains("note-entry").doesNotContain("problem-entry");
        assertThat(iconOf(note).getStyleClass()).contains("note-icon").doesNotContain("problem-icon");
        assertThat(cellShowing(robot, "v1_x.sql: bad name").getStyleClass()).contains("problem-entry");
    }

    @Test
    void aClickOnAMigrationOrOnOneOfItsFilesOpensThatFileAndSelectsTheMigration(FxRobot robot) throws IOException {
        StatusRow reversible = reversible(3, "add prices");
        robot.interact(() -> workspace.apply(snapshot(pending(1, "create users"), reversible)));
        TreeItem<TreeEntry> line = lineOf(robot, 3);
        robot.interact(() -> line.setExpanded(true));
        Path up = reversible.migration().upFile();
        Path down = reversible.migration().downFile();
        assertThat(cellShowing(robot, "up.sql").getTooltip().getText()).isEqualTo(up.toString());

        robot.clickOn(cellShowing(robot, "down.sql"));
        assertThat(opened).containsExactly(down);
        assertThat(workspace.selectedVersionProperty().get()).isEqualTo(3L);

        robot.clickOn(cellShowing(robot, "3 add prices"));
        assertThat(opened).containsExactly(down, up);

        robot.clickOn(cellShowing(robot, "up.sql"));
        assertThat(opened).containsExactly(down, up, up);

        // The tab was closed meanwhile: a click on the selected line opens its file again, as does Enter.
        robot.clickOn(cellShowing(robot, "up.sql"));
        robot.type(KeyCode.ENTER);
        assertThat(opened).containsExactly(down, up, up, up, up);
    }

    @Test
    void switchingEditorTabsSelectsTheirMigrationWithoutOpeningAnything(FxRobot robot) throws IOException {
        StatusRow users = reversible(1, "create users");
        StatusRow reversible = reversible(3, "add prices");
        robot.interact(() -> workspace.apply(snapshot(users, reversible)));
        TreeView<TreeEntry> tree = tree(robot);

        robot.interact(() -> activeFile.set(reversible.migration().downFile()));
        assertThat(tree.getSelectionModel().getSelectedItem()).as("its down.sql line is not shown")
                .isSameAs(lineOf(robot, 3));
        assertThat(workspace.selectedVersionProperty().get()).isEqualTo(3L);

        robot.interact(() -> activeFile.set(users.migration().upFile()));
        assertThat(tree.getSelectionModel().getSelectedItem()).isSameAs(lineOf(robot, 1));
        assertThat(workspace.selectedVersionProperty().get()).isEqualTo(1L);

        robot.interact(() -> {
            lineOf(robot, 3).setExpanded(true);
            activeFile.set(reversible.migration().downFile());
        });
        assertThat(tree.getSelectionModel().getSelectedItem().getValue())
                .isEqualTo(new TreeEntry.FileEntry(reversible, reversible.migration().downFile(), true));
        assertThat(opened).isEmpty();
    }

    @Test
    void aLongNameEndsInAnEllipsisWhileTheBadgeAfterItKeepsItsSizeInView(FxRobot robot) {
        String description = "backfill the order totals of every customer from the archived invoices of 2019";
        robot.interact(() -> {
            workspace.apply(snapshot(row(7, description, MigrationStatus.DRIFTED, false)));
            badges.put(7L, DriftClassification.LINE_ENDINGS);
            stage.setWidth(260);
        });
        WaitForAsyncUtils.waitForFxEvents();

        TreeCell<TreeEntry> cell = cellShowing(robot, "7 " + description);
        EntryLine line = (EntryLine) cell.getGraphic();
        Label badge = robot.from(cell).lookup(".drift-kind-badge").queryAs(Label.class);
        Text shownName = (Text) line.name().lookup(".text");
        assertThat(shownName.getText()).startsWith("7 backfill").endsWith("…");
        assertThat(cell.getTooltip().getText()).startsWith("7 " + description + "\n");
        assertThat(badge.getWidth()).as("snapped to pixels").isCloseTo(badge.prefWidth(-1), within(1.0));
        Bounds treeBounds = tree(robot).localToScreen(tree(robot).getBoundsInLocal());
        Bounds badgeBounds = badge.localToScreen(badge.getBoundsInLocal());
        assertThat(badgeBounds.getMinX()).isGreaterThan(line.name().localToScreen(line.name().getBoundsInLocal()).getMinX());
        assertThat(badgeBounds.getMaxX()).isLessThanOrEqualTo(treeBounds.getMaxX());
    }

    @Test
    void theSideSplitCannotSqueezeTheTreeBelowItsMinimumWidth(FxRobot robot) {
        MigrationTreeView view = (MigrationTreeView) robot.lookup(".migration-tree").query();
        SplitPane split = new SplitPane();
        robot.interact(() -> {
            split.getItems().setAll(new MigrationTreeView(new MigrationTreeViewModel(workspace), file -> { },
                    version -> { }), new StackPane());
            stage.getScene().setRoot(split);
            stage.setWidth(1000);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> split.setDividerPositions(0.05));
        WaitForAsyncUtils.waitForFxEvents();

        MigrationTreeView squeezed = robot.lookup(".migration-tree").queryAs(MigrationTreeView.class);
        assertThat(squeezed).isNotSameAs(view);
        assertThat(squeezed.getWidth()).isGreaterThanOrEqualTo(MigrationTreeView.MIN_WIDTH);
    }

    private static TreeCell<TreeEntry> cellShowing(FxRobot robot, String text) {
        return cells(robot).stream().filter(cell -> text.equals(cell.getText())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static TreeView<TreeEntry> tree(FxRobot robot) {
        return robot.lookup("#migrationTree").queryAs(TreeView.class);
    }

    private static TreeItem<TreeEntry> lineOf(FxRobot robot, long version) {
        return tree(robot).getRoot().getChildren().stream()
                .filter(item -> item.getValue() instanceof TreeEntry.MigrationEntry migration
                        && migration.row().version() == version)
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<TreeCell<TreeEntry>> cells(FxRobot robot) {
        return robot.lookup("#migrationTree .tree-cell").queryAll().stream()
                .map(node -> (TreeCell<TreeEntry>) node).toList();
    }

    private static List<String> statusStyles(List<String> styles) {
        return styles.stream().filter(style -> style.startsWith("status-") && !style.equals("status-icon")).toList();
    }

    /** A pending reversible migration whose up and down files exist. */
    private static StatusRow reversible(long version, String description) throws IOException {
        String stem = version + "_" + description.replace(' ', '_');
        Path up = Files.writeString(folder.resolve(stem + ".up.sql"), "SELECT 1;\n");
        Path down = Files.writeString(folder.resolve(stem + ".down.sql"), "SELECT 0;\n");
        Migration migration = new Migration(version, description, MigrationType.REVERSIBLE, up, down,
                Checksums.sha384("SELECT 1;\n".getBytes(StandardCharsets.UTF_8)), false);
        return new StatusRow(version, description, MigrationStatus.PENDING, false, migration, null);
    }

    private static StatusRow pending(long version, String description) {
        return row(version, description, MigrationStatus.PENDING, false);
    }

    private static StatusRow row(long version, MigrationStatus status, boolean outOfOrder) {
        return row(version, "migration " + version, status, outOfOrder);
    }

    private static StatusRow row(long version, String description, MigrationStatus status, boolean outOfOrder) {
        return new StatusRow(version, description, status, outOfOrder, null, null);
    }

    private static WorkspaceSnapshot snapshot(StatusRow... rows) {
        return new WorkspaceSnapshot(new MigrationSource(folder, Layout.EMPTY, List.of(), List.of()), List.of(rows), null);
    }
}
