package dev.driftless.ui.drift;

import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the window marks a kind of drift: cosmetic kinds (the same SQL runs) in success colours,
 * the others in danger colours. The drift pane's header and the small badge after a drifted
 * migration's status in the tree and the ledger ({@code .drift-kind-badge}) both follow it.
 */
public final class DriftBadge {
    /** The style classes {@link #severityClass} chooses from, to remove the previous one. */
    public static final List<String> SEVERITY_CLASSES = List.of("drift-cosmetic", "drift-serious");

    private DriftBadge() {
    }

    /** {@code drift-cosmetic} or {@code drift-serious}. */
    public static String severityClass(DriftClassification kind) {
        return kind.isCosmetic() ? SEVERITY_CLASSES.get(0) : SEVERITY_CLASSES.get(1);
    }

    /**
     * The severity class of a drifted row whose kind is known ({@code drift-cosmetic} or {@code drift-serious}),
     * so the whole row, not only its badge, is painted as the classification says: a line-ending change is not
     * an alarm. Empty for other rows and while the kind is being worked out.
     */
    public static List<String> rowSeverity(StatusRow row, Map<Long, DriftClassification> classifications) {
        DriftClassification kind = kindOf(row, classifications);
        return kind == null ? List.of() : List.of(severityClass(kind));
    }

    /**
     * The badge to show after a row's status: only a drifted row whose kind is known has one,
     * e.g. "line-endings", with what it means in its tooltip.
     */
    public static Optional<Label> forRow(StatusRow row, Map<Long, DriftClassification> classifications) {
        DriftClassification kind = kindOf(row, classifications);
        if (kind == null) {
            return Optional.empty();
        }
        Label badge = new Label(kind.label());
        badge.getStyleClass().addAll("drift-kind-badge", severityClass(kind));
        badge.setTooltip(new Tooltip(kind.meaning()));
        return Optional.of(badge);
    }

    private static DriftClassification kindOf(StatusRow row, Map<Long, DriftClassification> classifications) {
        return row.status() == MigrationStatus.DRIFTED ? classifications.get(row.version()) : null;
    }
}
