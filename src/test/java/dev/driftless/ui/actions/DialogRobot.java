package dev.driftless.ui.actions;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** Helpers for the dialog tests: show a view or a dialog over the test stage, wait for the background to catch up. */
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

    /**
     * Places the test stage, as a window would be, at a position away from the screen's corner with a scene
     * of this size, shown and focused: the owner of the dialogs {@link #open} shows.
     */
    static void prepareOwner(Stage stage, double x, double y, double width, double height) {
        stage.setX(x);
        stage.setY(y);
        prepare(stage, width, height);
    }

    /** Builds a dialog on the FX thread and shows it over the stage as the window does. */
    static <D extends Dialog<?>> D open(FxRobot robot, Stage owner, Supplier<D> dialog) {
        AtomicReference<D> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(dialog.get());
            OwnedDialogs.show(shown.get(), owner);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown.get();
    }

    /** The dialog lies wholly on its owner: not beside it, not half off it. */
    static void assertOnOwner(Dialog<?> dialog, Stage owner) {
        assertThat(dialog.getOwner()).isSameAs(owner);
        assertThat(dialog.getX()).isGreaterThanOrEqualTo(owner.getX());
        assertThat(dialog.getY()).isGreaterThanOrEqualTo(owner.getY());
        assertThat(dialog.getX() + dialog.getWidth()).isLessThanOrEqualTo(owner.getX() + owner.getWidth());
        assertThat(dialog.getY() + dialog.getHeight()).isLessThanOrEqualTo(owner.getY() + owner.getHeight());
    }

    /** Waits until a condition, read on the FX thread, holds. */
    static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition).get());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
