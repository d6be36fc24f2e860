package dev.driftless.ui;

import dev.driftless.ui.drift.DriftRepairs;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * Migrations &gt; Repair Drift: the Drift tab's repairs of the selected migration as menu items. Both come from
 * the same {@link DriftRepairs}, so an item is shown, worded and available exactly as its button is, and does
 * what the button does (the same preview and confirmation) after bringing the Drift tab forward.
 */
final class DriftRepairMenu extends Menu {

    /**
     * @param owner         the window that owns the repairs' dialogs
     * @param showDriftTab  brings the Drift tab forward, so the person sees the drift being repaired
     */
    DriftRepairMenu(DriftRepairs repairs, Supplier<Window> owner, Runnable showDriftTab) {
        super("Repair Drift");
        setId("repairDriftMenu");
        for (DriftRepairs.Repair repair : repairs.all()) {
            MenuItem item = new MenuItem();
            item.setId(repair.id() + "Menu");
            item.textProperty().bind(Bindings.concat(repair.label(), "…"));
            item.visibleProperty().bind(repair.offered());
            item.disableProperty().bind(Bindings.isNotNull(repair.whyNot()));
            item.setOnAction(event -> {
                showDriftTab.run();
                repair.start().accept(owner.get());
            });
            getItems().add(item);
        }
    }
}
