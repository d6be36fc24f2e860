package dev.driftless.ui.settings;

import java.util.Locale;
import java.util.Optional;

/** The window's colour scheme. */
public enum Theme {
    LIGHT, DARK;

    /** The theme to switch to from this one. */
    public Theme other() {
        return this == DARK ? LIGHT : DARK;
    }

    /**
     * System property that forces a theme for this run without saving it (e.g.
     * {@code -Ddriftless.theme=dark}), so README screenshots come out the same on every machine.
     */
    public static final String OVERRIDE_PROPERTY = "driftless.theme";

    /**
     * The theme named by {@code value} ({@code light} or {@code dark}, any case); empty when the
     * value is absent or names no theme, since a mistyped property should not stop the window.
     */
    public static Optional<Theme> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
