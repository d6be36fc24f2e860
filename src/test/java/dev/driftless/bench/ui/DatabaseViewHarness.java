package dev.driftless.bench.ui;

import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.project.Project;
import dev.driftless.ui.database.DatabaseTreeView;
import dev.driftless.ui.database.DatabaseViewModel;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.schema.SchemaDriftState;
import dev.driftless.ui.task.FxBackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The Database view's benchmark in a JVM of its own (a display is needed). Arguments: a project folder, a
 * database URL, the number of runs. Each run builds a fresh {@link DatabaseViewModel} and
 * {@link DatabaseTreeView} on a themed stage, asks it to show the database and prints {@code tree-ms N}: the
 * time until the tree holds the schema and the layout pass after it has ended (what a person sees). Then the
 * peer, the snapshot read alone on a background thread: {@code read-ms N}.
 */
public final class DatabaseViewHarness {
    private DatabaseViewHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        DatabaseUrl url = DatabaseUrl.parse(args[1]);
        int runs = Integer.parseInt(args[2]);
        Files.createDirectories(folder.resolve("migrations"));
        Project project = Project.open(folder, null);
        FxBench.startToolkit();
        FxBackgroundExecutor executor = new FxBackgroundExecutor();
        WorkspaceViewModel workspace = FxBench.onFx(() -> {
            WorkspaceViewModel opened = new WorkspaceViewModel(executor, new LogViewModel(Clock.systemUTC()),
                    Clock.systemUTC(), folder.resolve("journal"));
            opened.open(project, url);
            return opened;
        });
        StackPane root = new StackPane();
        Scene scene = FxBench.onFx(() -> FxBench.show(root, "database view"));
        for (int run = 0; run < runs; run++) {
            System.out.println("tree-ms " + treeMillis(workspace, executor, root, scene));
        }
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            SchemaSnapshot snapshot;
            try (Connection connection = url.connect()) {
                snapshot = Dialects.schemaReader(url).read(connection, project.ledgerTable());
            }
            System.out.println("read-ms " + (System.nanoTime() - started) / 1_000_000 + " objects " + snapshot.size());
        }
        Platform.exit();
    }

    private static long treeMillis(WorkspaceViewModel workspace, FxBackgroundExecutor executor, StackPane root,
                                   Scene scene) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        long[] started = new long[1];
        Platform.runLater(() -> {
            DatabaseViewModel model = new DatabaseViewModel(workspace, new SchemaDriftState(), executor, () -> { },
                    () -> { });
            root.getChildren().setAll(new DatabaseTreeView(model));
            model.tree().addListener((ListChangeListener<Object>) change -> scene.addPostLayoutPulseListener(
                    new Runnable() {
                        @Override
                        public void run() {
                            scene.removePostLayoutPulseListener(this);
                            shown.complete(System.nanoTime());
                        }
                    }));
            started[0] = System.nanoTime();
            model.show();
        });
        long end = shown.get(60, TimeUnit.SECONDS);
        Thread.sleep(200);
        return (end - started[0]) / 1_000_000;
    }
}
