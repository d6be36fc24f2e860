package dev.driftless.ui.tree;

import dev.driftless.core.engine.MigrationStatus;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** One icon per status, used by every pane so a drifted migration looks the same everywhere. */
public final class StatusIcons {
    private StatusIcons() {
    }

    public static FontIcon of(MigrationStatus status) {
        Ikon ikon = switch (status) {
            case APPLIED -> MaterialDesignC.CHECK_CIRCLE;
            case PENDING -> MaterialDesignC.CLOCK_OUTLINE;
            case DRIFTED -> MaterialDesignA.ALERT_DECAGRAM;
            case MISSING -> MaterialDesignF.FILE_HIDDEN;
            case FAILED -> MaterialDesignC.CLOSE_CIRCLE;
        };
        FontIcon icon = new FontIcon(ikon);
        icon.getStyleClass().addAll("status-icon", StatusText.styleClass(status));
        return icon;
    }
}
