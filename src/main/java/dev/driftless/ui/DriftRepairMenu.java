package dev.driftless.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import java.util.List;
import java.util.Optional;

/**
 * Migrations > Repair Drift: the Drift tab's repair buttons as menu items, for the selected migration. Each item
 * brings the Drift tab forward and presses its button, so the menu and the tab share one path (the same
 * preview and confirmation); an item is available exactly when its button is, and takes its wording.
 */
final class DriftRepairMenu extends Menu {
    /** The Drift tab's buttons, by id, in the order the tab shows them. */
    private static final List<String> BUTTON_IDS = List.of("restoreButton", "moveEditButton", "repairButton",
            "gitattributesButton", "ignoredCharsButton", "undoRepair", "undoFileRepair");
    private static final String DRIFT_VIEW_ID = "driftView";

    /**
     * @param window        where the Drift tab's buttons are looked up
     * @param showDriftTab  brings the Drift tab forward (building it if needed)
     */
    DriftRepairMenu(Node window, Runnable showDriftTab) {
        super("Repair Drift");
        setId("repairDriftMenu");
        for (String buttonId : BUTTON_IDS) {
            MenuItem item = new MenuItem();
            item.setId(buttonId + "Menu");
            item.setUserData(buttonId);
            item.setOnAction(event -> {
                showDriftTab.run();
                button(window, buttonId).filter(button -> !button.isDisabled()).ifPresent(Button::fire);
            });
            getItems().add(item);
        }
        // Each time it opens: the buttons follow the selected migration and the workspace.
        setOnShowing(event -> getItems().forEach(item -> {
            Optional<Button> button = button(window, (String) item.getUserData());
            item.setText(button.map(found -> found.getText() + "…").orElse((String) item.getUserData()));
            item.setVisible(button.filter(DriftRepairMenu::shownInItsTab).isPresent());
            item.setDisable(button.isEmpty() || button.get().isDisabled());
        }));
    }

    /** Visible as far as the Drift tab goes: a hidden row (no line-ending advice) hides its buttons. */
    private static boolean shownInItsTab(Node button) {
        for (Node node = button; node != null && !DRIFT_VIEW_ID.equals(node.getId()); node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Button> button(Node window, String buttonId) {
        return Optional.ofNullable(window.lookup("#" + buttonId)).filter(Button.class::isInstance)
                .map(Button.class::cast);
    }
}
