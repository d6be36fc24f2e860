package dev.driftless.ui.tree;

import dev.driftless.core.engine.MigrationStatus;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

/** One icon per status, so a drifted migration looks the same wherever it is shown. */
public final class StatusIcons {
    private StatusIcons() {
    }

    /** The icon of a status; styled by the style classes {@code status-icon} and the status's own. */
    public static Ikon of(MigrationStatus status) {
        return switch (status) {
            case APPLIED -> MaterialDesignC.CHECK_CIRCLE;
            case PENDING -> MaterialDesignC.CLOCK_OUTLINE;
            case DRIFTED -> MaterialDesignA.ALERT_DECAGRAM;
            case MISSING -> MaterialDesignF.FILE_HIDDEN;
            case FAILED -> MaterialDesignC.CLOSE_CIRCLE;
            case UNKNOWN -> MaterialDesignH.HELP_CIRCLE_OUTLINE;
        };
    }
}
