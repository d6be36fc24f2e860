package dev.driftless.ui.settings;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowPlacementTest {
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1040);
    /** A 2560x1440 laptop panel scaled 2x, minus a 32-pixel panel: what JavaFX reports in logical pixels. */
    private static final Rectangle2D HIDPI_LAPTOP = new Rectangle2D(0, 32, 1280, 688);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1920, 0, 2560, 1400);

    @Test
    void aFirstWindowHasTheDefaultSizeCentredWhenTheScreenHasRoom() {
        WindowBounds placed = WindowPlacement.place(Optional.empty(), List.of(FULL_HD));

        assertThat(placed).isEqualTo(new WindowBounds(320, 110, 1280, 820, false));
    }

    @Test
    void aFirstWindowOnAScaledHidpiScreenIsShrunkToFitIt() {
        WindowBounds placed = WindowPlacement.place(Optional.empty(), List.of(HIDPI_LAPTOP));

        assertThat(placed).isEqualTo(new WindowBounds(0, 32, 1280, 688, false));
    }

    @Test
    void rememberedBoundsThatFitAreKeptAsTheyWere() {
        WindowBounds remembered = new WindowBounds(2100, 50, 1600, 1000, true);

        assertThat(WindowPlacement.place(Optional.of(remembered), List.of(FULL_HD, RIGHT_MONITOR)))
                .isEqualTo(remembered);
    }

    @Test
    void aWindowRememberedOnAMonitorThatIsGoneOpensCentredOnThePrimaryScreen() {
        WindowBounds remembered = new WindowBounds(2100, 50, 1600, 1000, false);

        assertThat(WindowPlacement.place(Optional.of(remembered), List.of(FULL_HD)))
                .isEqualTo(new WindowBounds(160, 20, 1600, 1000, false));
    }

    @Test
    void aRememberedWindowLargerThanTheScaledScreenIsShrunkAndMovedOntoIt() {
        WindowBounds remembered = new WindowBounds(100, 40, 1800, 1000, false);

        assertThat(WindowPlacement.place(Optional.of(remembered), List.of(HIDPI_LAPTOP)))
                .isEqualTo(new WindowBounds(0, 32, 1280, 688, false));
    }

    @Test
    void aWindowWhoseTitleBarIsAboveTheScreenIsBroughtBack() {
        WindowBounds remembered = new WindowBounds(200, -300, 800, 600, false);

        assertThat(WindowPlacement.place(Optional.of(remembered), List.of(FULL_HD)))
                .isEqualTo(new WindowBounds(560, 220, 800, 600, false));
    }

    @Test
    void withoutAScreenThereIsNothingToPlaceOn() {
        assertThatThrownBy(() -> WindowPlacement.place(Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
