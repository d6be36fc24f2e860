package dev.driftless.bench.ui;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.testing.TestWorkspaces;
import dev.driftless.ui.tree.MigrationTreeView;
import dev.driftless.ui.tree.MigrationTreeViewModel;
import dev.driftless.ui.workspace.ProjectOpener;
import dev.driftless.ui.workspace.WorkspaceLoader;
import dev.driftless.ui.workspace.WorkspaceSnapshot;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * One run of the scrolling benchmark in a JVM of its own (a display is needed). Arguments: a project folder
 * (the 10,000-migration one), the number of steps. Reads it as the window does, shows its migration tree on a
 * themed stage and scrolls it, each step in a pulse of its own, printing the time from the step to the end of
 * the next layout pass: {@code wheel-us N} for a wheel notch (three lines), then {@code jump-us N} for a jump to
 * a random place (a drag of the scroll bar's thumb). With {@code --plain} first, the peer: a bare
 * {@code TreeView} of as many one-line string items, scrolled the same way.
 */
public final class ScrollHarness {
    private static final double WHEEL_NOTCH_PIXELS = 3 * 24.0;

    private ScrollHarness() {
    }

    public static void main(String[] args) throws Exception {
        boolean plain = args[0].equals("--plain");
        Path folder = Path.of(args[plain ? 1 : 0]);
        int steps = Integer.parseInt(args[plain ? 2 : 1]);
        ProjectOpener.Opened opened = new ProjectOpener(Map.of()).open(folder);
        WorkspaceSnapshot snapshot = WorkspaceLoader.load(opened.project(), opened.database());
        FxBench.startToolkit();
        Scene scene = FxBench.onFx(() -> FxBench.show(plain ? plainTree(snapshot) : migrationTree(opened, snapshot),
                "Scrolling benchmark"));
        Thread.sleep(1000);
        VirtualFlow<?> flow = FxBench.onFx(() -> (VirtualFlow<?>) scene.lookup(".tree-view .virtual-flow"));
        FxBench.onFx(() -> {
            flow.scrollTo(0);
            return null;
        });
        for (int i = 0; i < steps; i++) {
            System.out.printf(Locale.ROOT, "wheel-us %d%n",
                    FxBench.timeStep(scene, () -> flow.scrollPixels(WHEEL_NOTCH_PIXELS)).toLayoutMicros());
        }
        Random random = new Random(42);
        int rows = FxBench.onFx(flow::getCellCount);
        for (int i = 0; i < steps; i++) {
            int row = random.nextInt(rows);
            System.out.printf(Locale.ROOT, "jump-us %d%n", FxBench.timeStep(scene, () -> flow.scrollTo(row)).toLayoutMicros());
        }
        System.out.flush();
        Platform.exit();
        System.exit(0);
    }

    private static Parent migrationTree(ProjectOpener.Opened opened, WorkspaceSnapshot snapshot) {
        WorkspaceViewModel workspace = TestWorkspaces.synchronous();
        workspace.open(opened.project(), opened.database(), snapshot);
        return new MigrationTreeView(new MigrationTreeViewModel(workspace), file -> { }, version -> { });
    }

    private static Parent plainTree(WorkspaceSnapshot snapshot) {
        TreeItem<String> root = new TreeItem<>();
        for (StatusRow row : snapshot.rows()) {
            root.getChildren().add(new TreeItem<>(row.version() + " " + row.description()));
        }
        TreeView<String> tree = new TreeView<>(root);
        tree.setShowRoot(false);
        return tree;
    }
}
