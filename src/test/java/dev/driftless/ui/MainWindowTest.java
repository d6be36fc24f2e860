package dev.driftless.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
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

/** The Drift and Log tabs are left out of the first frame and built once, when needed. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final List<String> built = new ArrayList<>();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(List.of(), new Label(), new Label(), new Label(), new Label(), new Label("ledger"),
                () -> content("drift"), () -> content("log"), new Label());
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
            window.showDrift();
            window.showDrift();
        });

        assertThat(built).containsExactly("drift");
        assertThat(((Label) lowerTabs(robot).getSelectionModel().getSelectedItem().getContent()).getText())
                .isEqualTo("drift");
    }

    @Test
    void buildingTheDeferredTabsBuildsEachOnceEvenAfterOneWasShown(FxRobot robot) {
        robot.interact(() -> {
            window.showDrift();
            window.buildDeferredTabs();
            window.buildDeferredTabs();
        });

        assertThat(built).containsExactly("drift", "log");
        assertThat(lowerTabs(robot).getTabs()).allSatisfy(tab -> assertThat(tab.getContent()).isNotNull());
    }

    private TabPane lowerTabs(FxRobot robot) {
        return robot.from(window).lookup("#lowerTabs").queryAs(TabPane.class);
    }
}
