package dev.driftless.ui;

import dev.driftless.ui.WindowPane.Place;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Panes go where they are declared; deferred ones are left out of the first frame and built once, when needed. */
@ExtendWith(ApplicationExtension.class)
class MainLayerTest {
    private final List<String> built = new ArrayList<>();
    private MainLayer window;

    @Start
    void start(Stage stage) {
        window = new MainLayer(List.of(), List.of(
                WindowPane.of("banner", Place.TOP, "Banner", () -> new Label("banner")),
                WindowPane.of("tree", Place.SIDE, "Tree", () -> new Label("tree")),
                WindowPane.of("editor", Place.CENTER, "Editor", () -> new Label("editor")),
                WindowPane.of("ledger", Place.BOTTOM, "Ledger", () -> new Label("ledger")),
                WindowPane.deferred("drift", Place.BOTTOM, "Drift", () -> content("drift")),
                WindowPane.deferred("log", Place.BOTTOM, "Log", () -> content("log")),
                WindowPane.of("status", Place.STATUS, "Status", () -> new Label("status"))));
        stage.setScene(new Scene(window, 800, 600));
        stage.show();
    }

    private Label content(String name) {
        built.add(name);
        return new Label(name);
    }

    @Test
    void nothingDeferredIsBuiltWithTheWindow() {
        assertThat(built).isEmpty();
    }

    @Test
    void bringingTheDriftTabForwardBuildsItOnce(FxRobot robot) {
        robot.interact(() -> {
            window.select("drift");
            window.select("drift");
        });

        assertThat(built).containsExactly("drift");
        assertThat(((Label) lowerTabs(robot).getSelectionModel().getSelectedItem().getContent()).getText())
                .isEqualTo("drift");
    }

    @Test
    void buildingTheDeferredTabsBuildsEachOnceEvenAfterOneWasShown(FxRobot robot) {
        robot.interact(() -> {
            window.select("drift");
            window.buildDeferredTabs();
            window.buildDeferredTabs();
        });

        assertThat(built).containsExactly("drift", "log");
        assertThat(lowerTabs(robot).getTabs()).allSatisfy(tab -> assertThat(tab.getContent()).isNotNull());
    }

    @Test
    void theBottomTabsGrowToTheShareAskedButNeverShrink(FxRobot robot) {
        SplitPane split = robot.from(window).lookup("#mainSplit").queryAs(SplitPane.class);
        robot.interact(() -> {
            split.setDividerPositions(0.8);
            window.giveLowerPaneAtLeast(0.5, 0);
        });
        assertThat(split.getDividerPositions()[0]).isEqualTo(0.5, within(0.01));

        robot.interact(() -> {
            split.setDividerPositions(0.3);
            window.giveLowerPaneAtLeast(0.5, 0);
        });
        assertThat(split.getDividerPositions()[0]).isEqualTo(0.3, within(0.01));
    }

    @Test
    void inAShortWindowTheBottomTabsGetThePixelsAskedUpToMostOfTheHeight(FxRobot robot) {
        SplitPane split = robot.from(window).lookup("#mainSplit").queryAs(SplitPane.class);
        double height = split.getHeight();
        robot.interact(() -> {
            split.setDividerPositions(0.8);
            window.giveLowerPaneAtLeast(0.5, height * 0.55);
        });
        assertThat(split.getDividerPositions()[0]).isEqualTo(0.45, within(0.01));

        robot.interact(() -> window.giveLowerPaneAtLeast(0.5, height * 2));
        assertThat(split.getDividerPositions()[0]).isEqualTo(1 - MainLayer.MOST_LOWER_SHARE, within(0.01));
    }

    @Test
    void everyPaneStandsInItsPlace(FxRobot robot) {
        assertThat(robot.from(window).lookup("#sidesSplit").queryAs(SplitPane.class).getItems())
                .extracting(node -> ((Label) node).getText()).containsExactly("tree", "editor");
        assertThat(lowerTabs(robot).getTabs()).extracting(Tab::getText).containsExactly("Ledger", "Drift", "Log");
        assertThat(((Label) window.getBottom()).getText()).isEqualTo("status");
        assertThat(robot.from(window.getTop()).lookup(".label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("banner");
    }

    @Test
    void severalSidePanesBecomeTabs(FxRobot robot) {
        robot.interact(() -> window = new MainLayer(List.of(), List.of(
                WindowPane.of("migrations", Place.SIDE, "Migrations", () -> new Label("tree")),
                WindowPane.deferred("database", Place.SIDE, "Database", () -> content("database")),
                WindowPane.of("editor", Place.CENTER, "Editor", () -> new Label("editor")),
                WindowPane.of("status", Place.STATUS, "Status", () -> new Label("status")))));

        SplitPane sides = (SplitPane) ((SplitPane) window.getCenter()).getItems().get(0);
        TabPane side = (TabPane) sides.getItems().get(0);
        assertThat(side.getTabs()).extracting(Tab::getText).containsExactly("Migrations", "Database");
        assertThat(built).isEmpty();
        robot.interact(() -> window.select("database"));
        assertThat(built).containsExactly("database");
    }

    private TabPane lowerTabs(FxRobot robot) {
        return robot.from(window).lookup("#lowerTabs").queryAs(TabPane.class);
    }
}
