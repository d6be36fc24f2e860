package dev.driftless.ui.actions;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** Helpers for the dialog tests: put a view in the test stage, wait for the background to catch up. */
final class DialogRobot {

    private DialogRobot() {
    }

    /** Gives the test stage an empty scene of this size, shown and focused, for {@link #show} to fill. */
    static void prepare(Stage stage, double width, double height) {
        stage.setScene(new Scene(new VBox(), width, height));
        stage.show();
        stage.requestFocus();
    }

    /** Builds the view on the FX thread and makes it the stage's content. */
    static void show(FxRobot robot, Stage stage, Supplier<Parent> view) {
        robot.interact(() -> stage.getScene().setRoot(view.get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Waits until a condition, read on the FX thread, holds. */
    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
