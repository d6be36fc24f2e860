package dev.driftless.ui.schema;

import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.replay.DriftFinding;
import dev.driftless.core.schema.replay.DriftReport;
import dev.driftless.core.schema.replay.ReversibilityReport;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.Objects;

/**
 * What the panes that show the database share about its schema drift: the latest check of the open
 * database (the Schema tab lists its findings, the Database view marks the objects they name), and a
 * request to reveal one object in the Database view (a finding's "Show in Database").
 */
public final class SchemaDriftState {
    private final ObjectProperty<DriftReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<ObjectKey> objectToReveal = new SimpleObjectProperty<>();
    private final ObjectProperty<ReversibilityReport> reversibility = new SimpleObjectProperty<>();

    /** The latest schema drift check of the open database; null before one ran or once the database changed. */
    public ObjectProperty<DriftReport> reportProperty() {
        return report;
    }

    /**
     * The findings about an object and the objects that belong to it (a table's columns, indexes,
     * constraints and triggers), empty when none or no check ran.
     */
    public List<DriftFinding> findingsAbout(ObjectKey key) {
        DriftReport latest = report.get();
        if (latest == null) {
            return List.of();
        }
        return latest.findings().stream().filter(finding -> concerns(finding.difference().key(), key)).toList();
    }

    private static boolean concerns(ObjectKey found, ObjectKey key) {
        return found.equals(key) || found.kind().isChild() && key.kind().isRelation()
                && Objects.equals(found.schema(), key.schema()) && found.parent().equals(key.name());
    }

    /** Set to ask the Database view to select and show an object; the view sets it back to null. */
    public ObjectProperty<ObjectKey> objectToRevealProperty() {
        return objectToReveal;
    }

    /**
     * The latest reversibility verdict of each migration checked (a check of one migration replaces only its
     * own); null before one ran or once the project changed. The Revert dialog warns with it.
     */
    public ObjectProperty<ReversibilityReport> reversibilityProperty() {
        return reversibility;
    }
}
