package dev.driftless.ui.settings;

import javafx.geometry.Rectangle2D;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides where the main window opens so that it is always reachable: the remembered bounds when
 * they still fit a screen, otherwise a size that fits the primary screen, centred on it.
 * Screens are given in JavaFX's logical pixels, so on a HiDPI screen scaled 2x a 2560x1440 panel
 * is 1280x720 and a window remembered as 1280x820 is made smaller rather than left hanging off it.
 */
public final class WindowPlacement {
    /** The size of a first window, when the screen has room for it. */
    public static final double DEFAULT_WIDTH = 1280;
    public static final double DEFAULT_HEIGHT = 820;
    /** How much of the window's top edge (its title bar) must be on a screen to be grabbed and moved. */
    private static final double GRAB_HEIGHT = 40;
    private static final double GRAB_WIDTH = 120;

    private WindowPlacement() {
    }

    /**
     * @param remembered the bounds from the last session, if any
     * @param screens    the visual bounds of every screen, the primary one first (not empty)
     * @return the bounds to open the window with (maximized as remembered)
     */
    public static WindowBounds place(Optional<WindowBounds> remembered, List<Rectangle2D> screens) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen to place the window on");
        }
        Rectangle2D primary = screens.get(0);
        if (remembered.isPresent()) {
            WindowBounds bounds = remembered.get();
            Optional<Rectangle2D> holding = screens.stream()
                    .filter(screen -> titleBarVisible(bounds, screen))
                    .max(Comparator.comparingDouble(screen -> overlap(bounds, screen)));
            if (holding.isPresent()) {
                return fitted(bounds, holding.get());
            }
            return centred(bounds.width(), bounds.height(), bounds.maximized(), primary);
        }
        return centred(DEFAULT_WIDTH, DEFAULT_HEIGHT, false, primary);
    }

    /** The remembered bounds, moved and shrunk as little as needed to lie within {@code screen}. */
    private static WindowBounds fitted(WindowBounds bounds, Rectangle2D screen) {
        double width = Math.min(bounds.width(), screen.getWidth());
        double height = Math.min(bounds.height(), screen.getHeight());
        double x = clamp(bounds.x(), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(bounds.y(), screen.getMinY(), screen.getMaxY() - height);
        return new WindowBounds(x, y, width, height, bounds.maximized());
    }

    private static WindowBounds centred(double width, double height, boolean maximized, Rectangle2D screen) {
        double fittingWidth = Math.min(width, screen.getWidth());
        double fittingHeight = Math.min(height, screen.getHeight());
        return new WindowBounds(screen.getMinX() + (screen.getWidth() - fittingWidth) / 2,
                screen.getMinY() + (screen.getHeight() - fittingHeight) / 2, fittingWidth, fittingHeight, maximized);
    }

    private static boolean titleBarVisible(WindowBounds bounds, Rectangle2D screen) {
        Rectangle2D titleBar = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), Math.min(GRAB_HEIGHT, bounds.height()));
        return overlapWidth(titleBar, screen) >= Math.min(GRAB_WIDTH, bounds.width())
                && bounds.y() >= screen.getMinY() && bounds.y() < screen.getMaxY();
    }

    private static double overlap(WindowBounds bounds, Rectangle2D screen) {
        Rectangle2D window = new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height());
        double height = Math.max(0, Math.min(window.getMaxY(), screen.getMaxY()) - Math.max(window.getMinY(), screen.getMinY()));
        return overlapWidth(window, screen) * height;
    }

    private static double overlapWidth(Rectangle2D window, Rectangle2D screen) {
        return Math.max(0, Math.min(window.getMaxX(), screen.getMaxX()) - Math.max(window.getMinX(), screen.getMinX()));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
