package dev.driftless.ui;

import javafx.scene.Node;

import java.util.function.Supplier;

/**
 * One pane of the window, declared once in {@link WindowPanes}: where it goes, its tab title (side and bottom
 * panes are tabs), and how it is built. A deferred pane is not on the first frame: it is built after it, or
 * when its tab is brought forward.
 *
 * @param id      the pane's name for {@link MainLayer#select} (and its tab's control id, {@code id + "Tab"})
 * @param title   the tab's title; unused for the top bars, the editor and the status line
 * @param content builds the pane's node, once
 */
public record WindowPane(String id, Place place, String title, boolean deferred, Supplier<Node> content) {

    /** The places of the window, top to bottom. */
    public enum Place {
        /** Bars under the tool bar (connection, banners), in order. */
        TOP,
        /** Tabs left of the editor. */
        SIDE,
        /** The editor area; exactly one. */
        CENTER,
        /** Tabs under the editor. */
        BOTTOM,
        /** The status line; exactly one. */
        STATUS
    }

    /** A pane built with the window. */
    public static WindowPane of(String id, Place place, String title, Supplier<Node> content) {
        return new WindowPane(id, place, title, false, content);
    }

    /** A pane left out of the first frame. */
    public static WindowPane deferred(String id, Place place, String title, Supplier<Node> content) {
        return new WindowPane(id, place, title, true, content);
    }
}
