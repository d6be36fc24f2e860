package dev.driftless.ui.ledger;

import dev.driftless.testing.TestWorkspaces;
import atlantafx.base.theme.PrimerLight;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Checksum;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.driftless.core.engine.MigrationStatus.APPLIED;
import static dev.driftless.core.engine.MigrationStatus.DRIFTED;
import static dev.driftless.core.engine.MigrationStatus.FAILED;
import static dev.driftless.core.engine.MigrationStatus.MISSING;
import static dev.driftless.ui.ledger.LedgerRows.inLedger;
import static dev.driftless.ui.ledger.LedgerRows.pending;
import static org.assertj.core.api.Assertions.assertThat;

/** The ledger pane on a real (headless) stage with the AtlantaFX theme. */
@ExtendWith(ApplicationExtension.class)
class LedgerViewTest {
    @TempDir
    static Path folder;

    private WorkspaceViewModel workspace;

    @Start
    void start(Stage stage) {
        Clock clock = Clock.systemUTC();
        workspace = TestWorkspaces.synchronous();
        workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED), inLedger(2, DRIFTED), inLedger(3, MISSING),
                inLedger(4, FAILED), pending(5)));
        LedgerViewModel ledger = new LedgerViewModel(workspace,
                new LedgerPoller(BackgroundExecutor.immediate(), clock, workspace::refresh), clock);
        Scene scene = new Scene(new LedgerView(ledger, version -> { }), 900, 400);
        // Scoped to this scene, so other tests in the same JVM keep their theme.
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
    }

    @Test
    void rowsCarryTheirStatusClass(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rowClassesByVersion(robot)).containsExactlyInAnyOrderEntriesOf(Map.of(
                1L, "ledger-row-applied", 2L, "ledger-row-drifted", 3L, "ledger-row-missing", 4L, "ledger-row-failed"));
        assertThat(robot.lookup("#ledgerStatus").queryAs(Label.class).getText()).startsWith("updated ");
    }

    @Test
    void selectionFollowsTheWorkspaceAndSurvivesAnUpdateOfAnotherRow(FxRobot robot) {
        TableView<StatusRow> table = table(robot);

        robot.interact(() -> workspace.selectedVersionProperty().set(3L));
        assertThat(table.getSelectionModel().getSelectedItem().version()).isEqualTo(3L);

        robot.clickOn(robot.from(table).lookup(".table-row-cell").nth(1).queryAs(TableRow.class));
        assertThat(workspace.selectedVersionProperty().get()).isEqualTo(2L);

        // Another process fixed migration 2's neighbour and applied migration 5.
        robot.interact(() -> workspace.apply(LedgerRows.snapshot(folder, inLedger(1, APPLIED), inLedger(2, DRIFTED),
                inLedger(3, APPLIED), inLedger(4, FAILED), inLedger(5, APPLIED))));

        assertThat(table.getItems()).hasSize(5);
        assertThat(table.getSelectionModel().getSelectedItem().version()).isEqualTo(2L);
        assertThat(workspace.selectedVersionProperty().get()).isEqualTo(2L);
        assertThat(rowClassesByVersion(robot)).containsEntry(3L, "ledger-row-applied");
    }

    @Test
    void eachChecksumCellShowsItsOwnRowsChecksumShortAndInFullInItsTooltip(FxRobot robot) {
        assertChecksumCellsMatchTheirRows(robot, 4);

        // Every row moves up one: each cell now shows another row's checksum.
        robot.interact(() -> workspace.apply(LedgerRows.snapshot(folder, inLedger(2, DRIFTED), inLedger(3, MISSING),
                inLedger(4, FAILED))));
        assertChecksumCellsMatchTheirRows(robot, 3);
    }

    @SuppressWarnings("unchecked")
    private static void assertChecksumCellsMatchTheirRows(FxRobot robot, int rows) {
        List<TableCell<StatusRow, Checksum>> cells = robot.lookup("#ledgerTable .ledger-checksum").queryAll().stream()
                .filter(node -> node instanceof TableCell<?, ?>)
                .map(node -> (TableCell<StatusRow, Checksum>) node)
                .toList();
        assertThat(cells.stream().filter(cell -> cell.getItem() != null)).hasSize(rows).allSatisfy(cell -> {
            Checksum shown = cell.getTableRow().getItem().applied().checksum();
            assertThat(cell.getText()).isEqualTo(shown.shortHex());
            assertThat(cell.getTooltip().getText()).isEqualTo(shown.hex());
        });
        assertThat(cells.stream().filter(cell -> cell.getItem() == null)).allSatisfy(empty -> {
            assertThat(empty.getText()).isNull();
            assertThat(empty.getTooltip()).isNull();
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<StatusRow> table(FxRobot robot) {
        return robot.lookup("#ledgerTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, String> rowClassesByVersion(FxRobot robot) {
        return robot.lookup("#ledgerTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(row -> row.getItem() != null)
                .map(row -> (TableRow<StatusRow>) row)
                .collect(Collectors.toMap(row -> row.getItem().version(), row -> row.getStyleClass().stream()
                        .filter(style -> style.startsWith("ledger-row-")).collect(Collectors.joining(" "))));
    }
}
