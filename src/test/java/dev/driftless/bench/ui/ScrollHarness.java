package dev.driftless.bench.ui;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.testing.TestWorkspaces;
import dev.driftless.ui.ledger.LedgerPoller;
import dev.driftless.ui.ledger.LedgerView;
import dev.driftless.ui.ledger.LedgerViewModel;
import dev.driftless.ui.task.FxBackgroundExecutor;
import dev.driftless.ui.tree.MigrationTreeView;
import dev.driftless.ui.tree.MigrationTreeViewModel;
import dev.driftless.ui.workspace.ProjectOpener;
import dev.driftless.ui.workspace.WorkspaceLoader;
import dev.driftless.ui.workspace.WorkspaceSnapshot;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.control.skin.VirtualFlow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * One run of the scrolling benchmark in a JVM of its own (a display is needed). Arguments: the view, a project
 * folder (the 10,000-migration one), the number of steps. Reads the project as the window does, shows the view
 * on a themed stage and scrolls it, each step in a pulse of its own, printing the time from the step to the end
 * of the next layout pass: {@code wheel-us N} for a wheel notch (three lines), then {@code jump-us N} for a jump
 * to a random place (a drag of the scroll bar's thumb). The views ({@link View}): the window's migration tree or
 * ledger, or their peers, a bare {@code TreeView} or {@code TableView} of as many rows of strings.
 */
public final class ScrollHarness {
    private static final double WHEEL_NOTCH_PIXELS = 3 * 24.0;

    private ScrollHarness() {
    }

    /** What is scrolled: the window's own views and their bare peers. */
    enum View {
        TREE, BARE_TREE, LEDGER, BARE_TABLE;

        /** The argument naming the view: {@code tree}, {@code bare-tree}, {@code ledger}, {@code bare-table}. */
        String argument() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static View of(String argument) {
            return valueOf(argument.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    public static void main(String[] args) throws Exception {
        View view = View.of(args[0]);
        Path folder = Path.of(args[1]);
        int steps = Integer.parseInt(args[2]);
        ProjectOpener.Opened opened = new ProjectOpener(Map.of()).open(folder);
        WorkspaceSnapshot snapshot = WorkspaceLoader.load(opened.project(), opened.database(), Runnable::run);
        FxBench.startToolkit();
        Scene scene = FxBench.onFx(() -> FxBench.show(switch (view) {
            case TREE -> migrationTree(opened, snapshot);
            case BARE_TREE -> bareTree(snapshot);
            case LEDGER -> ledger(opened, snapshot);
            case BARE_TABLE -> bareTable(snapshot);
        }, "Scrolling benchmark"));
        Thread.sleep(1000);
        VirtualFlow<?> flow = FxBench.onFx(() -> (VirtualFlow<?>) scene.lookup(".virtual-flow"));
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
        return new MigrationTreeView(new MigrationTreeViewModel(workspace(opened, snapshot)), file -> { }, version -> { });
    }

    /** The ledger pane, its poller idle for the length of the run: only scrolling is measured. */
    private static Parent ledger(ProjectOpener.Opened opened, WorkspaceSnapshot snapshot) {
        LedgerPoller idlePoller = new LedgerPoller(new FxBackgroundExecutor(), Clock.systemUTC(), Duration.ofHours(1),
                Duration.ofHours(1), () -> { });
        return new LedgerView(new LedgerViewModel(workspace(opened, snapshot), idlePoller, Clock.systemUTC()),
                version -> { });
    }

    private static WorkspaceViewModel workspace(ProjectOpener.Opened opened, WorkspaceSnapshot snapshot) {
        WorkspaceViewModel workspace = TestWorkspaces.synchronous();
        workspace.open(opened.project(), opened.database(), snapshot);
        return workspace;
    }

    /** As many rows as the ledger shows, with its seven columns as plain strings. */
    private static Parent bareTable(WorkspaceSnapshot snapshot) {
        TableView<String[]> table = new TableView<>();
        for (int column = 0; column < 7; column++) {
            int index = column;
            TableColumn<String[], String> strings = new TableColumn<>("column " + column);
            strings.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue()[index]));
            table.getColumns().add(strings);
        }
        for (StatusRow row : snapshot.rows()) {
            if (row.applied() != null) {
                table.getItems().add(new String[] {String.valueOf(row.version()), row.description(),
                        row.applied().installedOn().toString(), String.valueOf(row.applied().success()),
                        row.applied().executionTimeNanos() + " ns", row.applied().checksum().shortHex(),
                        row.status().label()});
            }
        }
        return table;
    }

    private static Parent bareTree(WorkspaceSnapshot snapshot) {
        TreeItem<String> root = new TreeItem<>();
        for (StatusRow row : snapshot.rows()) {
            root.getChildren().add(new TreeItem<>(row.version() + " " + row.description()));
        }
        TreeView<String> tree = new TreeView<>(root);
        tree.setShowRoot(false);
        return tree;
    }
}
