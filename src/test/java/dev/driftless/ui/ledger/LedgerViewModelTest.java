package dev.driftless.ui.ledger;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.TestFolders;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.LedgerProblem;
import dev.driftless.ui.workspace.WorkspaceSnapshot;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static dev.driftless.core.engine.MigrationStatus.APPLIED;
import static dev.driftless.core.engine.MigrationStatus.DRIFTED;
import static dev.driftless.core.engine.MigrationStatus.FAILED;
import static dev.driftless.core.engine.MigrationStatus.MISSING;
import static dev.driftless.ui.ledger.LedgerRows.inLedger;
import static dev.driftless.ui.ledger.LedgerRows.pending;
import static org.assertj.core.api.Assertions.assertThat;

/** The ledger pane's model, fed with workspace snapshots and run synchronously, without a window. */
class LedgerViewModelTest {
    private static final Clock WORKSPACE_CLOCK = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private final WorkspaceViewModel workspace = new WorkspaceViewModel(BackgroundExecutor.immediate(),
            new LogViewModel(WORKSPACE_CLOCK), WORKSPACE_CLOCK, TestFolders.journal());
    private final LedgerViewModel ledger = new LedgerViewModel(workspace,
            new LedgerPoller(BackgroundExecutor.immediate(), WORKSPACE_CLOCK, workspace::refresh),
            Clock.offset(WORKSPACE_CLOCK, Duration.ofSeconds(3)));

    @Test
    void listsOnlyMigrationsWithALedgerRowInVersionOrder() {
        workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED), inLedger(2, DRIFTED), inLedger(3, MISSING),
                inLedger(4, FAILED), pending(5)));

        assertThat(ledger.rows()).extracting(StatusRow::version).containsExactly(1L, 2L, 3L, 4L);
        assertThat(ledger.indexOf(3)).isEqualTo(2);
        assertThat(ledger.indexOf(5)).isEqualTo(-1);
    }

    @Test
    void theFirstRowsArriveAsOneChange() {
        List<String> changes = recordChanges();

        workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED), inLedger(2, APPLIED), pending(3),
                inLedger(4, APPLIED)));

        assertThat(changes).containsExactly("added 0");
        assertThat(ledger.rows()).extracting(StatusRow::version).containsExactly(1L, 2L, 4L);
    }

    @Test
    void aRunOfRowsThatCameOrWentIsOneChange() {
        workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED), inLedger(2, APPLIED), inLedger(3, APPLIED),
                inLedger(6, APPLIED)));
        List<String> changes = recordChanges();

        // 2 and 3 reverted; 4 and 5 applied, then 7, 8 and 9, by another process
        workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED), pending(2), pending(3), inLedger(4, APPLIED),
                inLedger(5, APPLIED), inLedger(6, APPLIED), inLedger(7, APPLIED), inLedger(8, APPLIED),
                inLedger(9, APPLIED)));

        assertThat(ledger.rows()).extracting(StatusRow::version).containsExactly(1L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(changes).containsExactly("removed 1", "added 1", "added 4");
    }

    @Test
    void updatesReplaceOnlyTheRowsThatChanged() {
        workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED), inLedger(2, APPLIED), inLedger(3, APPLIED)));
        StatusRow first = ledger.rows().get(0);
        List<String> changes = recordChanges();

        workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED), inLedger(2, DRIFTED), inLedger(3, APPLIED)));

        assertThat(changes).containsExactly("replaced 1");
        assertThat(ledger.rows().get(0)).isSameAs(first);
        assertThat(ledger.rows().get(1).status()).isEqualTo(DRIFTED);
    }

    @Test
    void updatesAddAndRemoveOnlyWhatCameAndWent() {
        workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED), inLedger(2, APPLIED), inLedger(4, APPLIED)));
        List<String> changes = recordChanges();

        // 2 reverted, 3 and 5 applied by another process
        workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED), pending(2), inLedger(3, APPLIED),
                inLedger(4, APPLIED), inLedger(5, APPLIED)));

        assertThat(ledger.rows()).extracting(StatusRow::version).containsExactly(1L, 3L, 4L, 5L);
        assertThat(changes).containsExactly("removed 1", "added 1", "added 3");
    }

    @Test
    void selectionIsTheWorkspaceSelection() {
        ledger.selectedVersionProperty().set(2L);

        assertThat(workspace.selectedVersionProperty().get()).isEqualTo(2L);
    }

    @Test
    void statusLineShowsTheLedgerErrorOrWhenTheRowsWereRead() {
        workspace.apply(new WorkspaceSnapshot(LedgerRows.snapshot(folder).source(), List.of(),
                new LedgerProblem(LedgerProblem.Kind.NO_DATABASE, "no database")));
        assertThat(ledger.statusTextProperty().get()).isEqualTo("no database");
        assertThat(ledger.emptyTextProperty().getValue()).as("unread is not empty").isEqualTo("the ledger could not be read");

        workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED)));
        assertThat(ledger.statusTextProperty().get()).isEqualTo("updated 3s ago");
        assertThat(ledger.emptyTextProperty().getValue()).isEqualTo("no migrations in the ledger");
    }

    @Test
    void thePollerFollowsTheDatabaseAndStopsOnClose() throws Exception {
        try (SingleThreadUi ui = new SingleThreadUi()) {
            WorkspaceViewModel live = new WorkspaceViewModel(ui, new LogViewModel(Clock.systemUTC()), Clock.systemUTC(), TestFolders.journal());
            LedgerPoller poller = new LedgerPoller(ui, Clock.systemUTC(), Duration.ofMillis(100), Duration.ofMillis(400),
                    live::refresh);
            LedgerViewModel model = ui.call(() -> new LedgerViewModel(live, poller, Clock.systemUTC()));
            Files.createDirectories(folder.resolve("migrations"));
            Project project = Project.open(folder, null);
            DatabaseUrl database = DatabaseUrl.parse("sqlite://" + folder.resolve("app.db") + "?mode=rwc");

            ui.run(() -> live.open(project, null));
            assertThat(ui.call(() -> poller.stateProperty().get())).isEqualTo(LedgerPoller.State.OFF);

            ui.run(() -> live.useDatabase(database));
            ui.await("live", () -> poller.stateProperty().get() == LedgerPoller.State.LIVE);
            assertThat(ui.call(() -> model.statusTextProperty().get())).startsWith("live · updated ");

            ui.run(model::close);
            assertThat(ui.call(() -> poller.stateProperty().get())).isEqualTo(LedgerPoller.State.OFF);
        }
    }

    /** Describes each change of the ledger rows as "replaced|removed|added <index>". */
    private List<String> recordChanges() {
        List<String> changes = new ArrayList<>();
        ledger.rows().addListener((ListChangeListener<StatusRow>) change -> {
            while (change.next()) {
                if (change.wasReplaced()) {
                    changes.add("replaced " + change.getFrom());
                } else if (change.wasRemoved()) {
                    changes.add("removed " + change.getFrom());
                } else if (change.wasAdded()) {
                    changes.add("added " + change.getFrom());
                }
            }
        });
        return changes;
    }
}
