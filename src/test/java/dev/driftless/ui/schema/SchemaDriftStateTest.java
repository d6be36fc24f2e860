package dev.driftless.ui.schema;

import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.compare.SchemaDifference;
import dev.driftless.core.schema.replay.DriftFinding;
import dev.driftless.core.schema.replay.DriftReport;
import dev.driftless.core.schema.replay.ObjectHistory;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaDriftStateTest {
    private static final ObjectKey ORDERS = ObjectKey.inSchema(ObjectKind.TABLE, "public", "orders");

    @Test
    void findingsAboutARelationIncludeItsColumnsAndNotOtherRelations() {
        DriftFinding onTable = finding(SchemaDifference.extra(ORDERS));
        DriftFinding onColumn = finding(SchemaDifference.changed(
                ObjectKey.child(ObjectKind.COLUMN, "public", "orders", "status"), Attribute.TYPE, "text", "integer"));
        DriftFinding elsewhere = finding(SchemaDifference.missing(ObjectKey.inSchema(ObjectKind.TABLE, "public", "users")));
        DriftFinding otherSchema = finding(SchemaDifference.missing(
                ObjectKey.child(ObjectKind.COLUMN, "audit", "orders", "status")));
        SchemaDriftState state = new SchemaDriftState();
        assertThat(state.findingsAbout(ORDERS)).isEmpty();

        state.reportProperty().set(new DriftReport(List.of(), List.of(), List.of(onTable, onColumn, elsewhere, otherSchema),
                "shadow", "16", "16"));

        assertThat(state.findingsAbout(ORDERS)).containsExactly(onTable, onColumn);
        assertThat(state.findingsAbout(ObjectKey.child(ObjectKind.COLUMN, "public", "orders", "status")))
                .containsExactly(onColumn);
    }

    private static DriftFinding finding(SchemaDifference difference) {
        return new DriftFinding(difference, ObjectHistory.UNKNOWN);
    }
}
