package dev.driftless.ui.settings;

/**
 * Where the main window was and how big, to put it back there on the next start.
 *
 * @param maximized the window filled its screen; x, y, width and height are then the size to
 *                  restore to when it is un-maximized
 */
public record WindowBounds(double x, double y, double width, double height, boolean maximized) {

    /** @throws IllegalArgumentException if a value is not finite or the size is not positive */
    public WindowBounds {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(width) || !Double.isFinite(height)
                || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("invalid window bounds " + x + "," + y + " " + width + "x" + height);
        }
    }
}
