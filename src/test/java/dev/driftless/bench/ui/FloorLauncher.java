package dev.driftless.bench.ui;

import javafx.application.Application;

/** Starts {@link FloorApp} from a plain class path (a main class that does not extend Application). */
public final class FloorLauncher {
    private FloorLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(FloorApp.class, args);
    }
}
