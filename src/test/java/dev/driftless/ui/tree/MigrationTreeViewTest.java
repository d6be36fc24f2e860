package dev.driftless.ui.tree;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Layout;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.SourceNote;
import dev.driftless.core.source.SourceProblem;
import dev.driftless.testing.TestWorkspaces;
import dev.driftless.ui.workspace.WorkspaceSnapshot;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration tree on a real (headless) stage, fed with workspace snapshots. */
@ExtendWith(ApplicationExtension.class)
class MigrationTreeViewTest {
    @TempDir
    static Path folder;

    private WorkspaceViewModel workspace;

    private final SimpleBooleanProperty badgesWorking = new SimpleBooleanProperty();

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
        workspace = TestWorkspaces.synchronous();
        workspace.apply(snapshot(pending(1, "create users"), pending(2, "create orders")));
        MigrationTreeView view = new MigrationTreeView(new MigrationTreeViewModel(workspace), file -> { }, version -> { });
        view.showBadges(FXCollections.observableHashMap(), badgesWorking);
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
        FontIcon icon = (FontIcon) cell.getGraphic();
        if (iconStatus == null) {
            assertThat(icon.getIconCode()).isEqualTo(MaterialDesignS.SWAP_VERTICAL);
            assertThat(icon.getStyleClass()).contains("status-icon", "out-of-order");
            assertThat(statusStyles(icon.getStyleClass())).isEmpty();
        } else {
            assertThat(icon.getIconCode()).isEqualTo(StatusIcons.of(iconStatus));
            assertThat(icon.getStyleClass()).contains("status-icon").doesNotContain("out-of-order");
            assertThat(statusStyles(icon.getStyleClass())).containsExactly(StatusText.styleClass(iconStatus));
        }
        assertThat(cell.getTooltip().getText()).isEqualTo(StatusText.explanation(row));
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
        assertThat(((FontIcon) note.getGraphic()).getStyleClass()).contains("note-icon").doesNotContain("problem-icon");
        assertThat(cellShowing(robot, "v1_x.sql: bad name").getStyleClass()).contains("problem-entry");
    }

    private static TreeCell<TreeEntry> cellShowing(FxRobot robot, String text) {
        return cells(robot).stream().filter(cell -> text.equals(cell.getText())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<TreeCell<TreeEntry>> cells(FxRobot robot) {
        return robot.lookup("#migrationTree .tree-cell").queryAll().stream()
                .map(node -> (TreeCell<TreeEntry>) node).toList();
    }

    private static List<String> statusStyles(List<String> styles) {
        return styles.stream().filter(style -> style.startsWith("status-") && !style.equals("status-icon")).toList();
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
