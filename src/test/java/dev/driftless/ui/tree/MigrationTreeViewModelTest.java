package dev.driftless.ui.tree;

import dev.driftless.testing.TestFolders;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Layout;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceSnapshot;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationTreeViewModelTest {
    private final WorkspaceViewModel workspace = new WorkspaceViewModel(BackgroundExecutor.immediate(),
            new LogViewModel(Clock.systemUTC()), Clock.systemUTC(), TestFolders.journal());
    private final MigrationTreeViewModel tree = new MigrationTreeViewModel(workspace);

    @Test
    void countsEveryStatusAndOutOfOrder() {
        show(row(1, "create users", MigrationStatus.APPLIED, false), row(2, "add orders", MigrationStatus.PENDING, true),
                row(3, "add status", MigrationStatus.DRIFTED, false), row(4, "gone", MigrationStatus.MISSING, false),
                row(5, "seed", MigrationStatus.APPLIED, false));

        assertThat(tree.countsProperty().get())
                .isEqualTo("2 applied · 1 pending · 1 drifted · 1 missing · 1 out of order");
    }

    @Test
    void filterMatchesVersionOrDescription() {
        show(row(20240101, "create users", MigrationStatus.APPLIED, false),
                row(20240102, "add orders", MigrationStatus.PENDING, false));

        tree.filterProperty().set("ORDERS");
        assertThat(tree.visibleRows()).extracting(StatusRow::version).containsExactly(20240102L);
        tree.filterProperty().set("0101");
        assertThat(tree.visibleRows()).extracting(StatusRow::version).containsExactly(20240101L);
        tree.filterProperty().set("");
        assertThat(tree.visibleRows()).hasSize(2);
    }

    private void show(StatusRow... rows) {
        workspace.apply(new WorkspaceSnapshot(new MigrationSource(Path.of("migrations"), Layout.FLAT, List.of(), List.of()),
                List.of(rows), null));
    }

    private static StatusRow row(long version, String description, MigrationStatus status, boolean outOfOrder) {
        return new StatusRow(version, description, status, outOfOrder, null, null);
    }
}
