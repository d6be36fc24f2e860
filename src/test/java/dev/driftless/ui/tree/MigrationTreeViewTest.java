package dev.driftless.ui.tree;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Layout;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.testing.TestWorkspaces;
import dev.driftless.ui.workspace.WorkspaceSnapshot;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
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

    @Start
    void start(Stage stage) {
        workspace = TestWorkspaces.synchronous();
        workspace.apply(snapshot(pending(1, "create users"), pending(2, "create orders")));
        MigrationTreeView view = new MigrationTreeView(new MigrationTreeViewModel(workspace), file -> { }, version -> { });
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

    private static StatusRow pending(long version, String description) {
        return new StatusRow(version, description, MigrationStatus.PENDING, false, null, null);
    }

    private static WorkspaceSnapshot snapshot(StatusRow... rows) {
        return new WorkspaceSnapshot(new MigrationSource(folder, Layout.EMPTY, List.of(), List.of()), List.of(rows), null);
    }
}
