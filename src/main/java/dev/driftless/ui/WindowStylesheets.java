package dev.driftless.ui;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

import java.util.List;

/**
 * Gives every window of the application, the main one and each dialog, the same stylesheets: a dialog is a window
 * of its own, and without them its SQL would not be in the code font nor its parts in the window's colours.
 */
final class WindowStylesheets {
    private static List<String> stylesheets;

    private WindowStylesheets() {
    }

    /** From now on, every window shown (and each already shown) has these stylesheets; once per process. */
    static synchronized void giveEveryWindow(List<String> urls) {
        if (stylesheets != null) {
            return;
        }
        stylesheets = List.copyOf(urls);
        Window.getWindows().forEach(WindowStylesheets::follow);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(WindowStylesheets::follow);
            }
        });
    }

    private static void follow(Window window) {
        addTo(window.getScene());
        window.sceneProperty().addListener((observable, before, scene) -> addTo(scene));
    }

    private static void addTo(Scene scene) {
        if (scene != null) {
            stylesheets.stream().filter(url -> !scene.getStylesheets().contains(url))
                    .forEach(scene.getStylesheets()::add);
        }
    }
}
