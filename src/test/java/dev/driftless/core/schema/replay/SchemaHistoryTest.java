package dev.driftless.core.schema.replay;

import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.schema.compare.ComparableSchema;
import dev.driftless.core.schema.compare.ComparisonOptions;
import dev.driftless.core.schema.compare.SchemaDifference;
import dev.driftless.core.sql.SqlDialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.driftless.core.schema.ObjectKey.child;
import static dev.driftless.core.schema.ObjectKey.inSchema;
import static org.assertj.core.api.Assertions.assertThat;

/** Attribution on hand-built snapshots: which migration created, changed and dropped each object, and the sentences. */
class SchemaHistoryTest {
    private static final MigrationRef CREATE_ORDERS = new MigrationRef(20240102090000L, "create orders");
    private static final MigrationRef ADD_STATUS = new MigrationRef(20240103090000L, "add status to orders");
    private static final MigrationRef WIDEN_STATUS = new MigrationRef(20240104090000L, "widen status");
    private static final MigrationRef DROP_LEGACY = new MigrationRef(20240105090000L, "drop legacy");
    private static final SchemaObject ORDERS = SchemaObject.builder(inSchema(ObjectKind.TABLE, "public", "orders")).build();
    private static final SchemaObject LEGACY = SchemaObject.builder(inSchema(ObjectKind.TABLE, "public", "legacy")).build();
    private static final ObjectKey STATUS = child(ObjectKind.COLUMN, "public", "orders", "status");

    @Test
    void eachObjectKnowsTheMigrationThatCreatedChangedOrDroppedIt() {
        SchemaHistory history = replay();

        assertThat(history.of(ORDERS.key()).created()).contains(CREATE_ORDERS);
        assertThat(history.of(ORDERS.key()).changed()).isEmpty();
        assertThat(history.of(STATUS).created()).contains(ADD_STATUS);
        assertThat(history.of(STATUS).changed()).contains(WIDEN_STATUS);
        assertThat(history.of(STATUS).setBy(Attribute.TYPE)).contains(WIDEN_STATUS);
        assertThat(history.of(STATUS).setBy(Attribute.NOT_NULL)).as("never changed: set when created").contains(ADD_STATUS);
        assertThat(history.of(LEGACY.key()).dropped()).contains(DROP_LEGACY);
        assertThat(history.of(inSchema(ObjectKind.TABLE, "public", "audit"))).isEqualTo(ObjectHistory.UNKNOWN);
    }

    @Test
    void findingsNameTheMigrationBehindTheExpectedSide() {
        SchemaHistory history = replay();

        assertThat(new DriftFinding(SchemaDifference.missing(STATUS), history.of(STATUS)).message())
                .isEqualTo("column public.orders.status: added by 20240103090000 add status to orders, not in the database");
        assertThat(new DriftFinding(SchemaDifference.changed(STATUS, Attribute.TYPE, "text", "character varying(20)"),
                history.of(STATUS)).message())
                .isEqualTo("column public.orders.status: type: text after 20240104090000 widen status, "
                        + "character varying(20) in the database");
        assertThat(new DriftFinding(SchemaDifference.extra(LEGACY.key()), history.of(LEGACY.key())).message())
                .isEqualTo("table public.legacy: dropped by 20240105090000 drop legacy, still in the database");
        ObjectKey audit = inSchema(ObjectKind.TABLE, "public", "audit");
        assertThat(new DriftFinding(SchemaDifference.extra(audit), history.of(audit)).message())
                .isEqualTo("table public.audit: in the database, not in the migrations");
    }

    @Test
    void anObjectDroppedAndMadeAgainHasTheNewOnesHistory() {
        SchemaHistory history = new SchemaHistory(schema(LEGACY));
        history.record(DROP_LEGACY, schema());
        MigrationRef again = new MigrationRef(20240106090000L, "bring legacy back");
        history.record(again, schema(LEGACY));

        assertThat(history.of(LEGACY.key()).created()).contains(again);
        assertThat(history.of(LEGACY.key()).dropped()).isEmpty();
    }

    private static SchemaHistory replay() {
        SchemaHistory history = new SchemaHistory(schema(LEGACY));
        history.record(CREATE_ORDERS, schema(LEGACY, ORDERS));
        history.record(ADD_STATUS, schema(LEGACY, ORDERS, status("text")));
        history.record(WIDEN_STATUS, schema(LEGACY, ORDERS, status("character varying(40)")));
        history.record(DROP_LEGACY, schema(ORDERS, status("character varying(40)")));
        return history;
    }

    private static SchemaObject status(String type) {
        return SchemaObject.builder(STATUS).put(Attribute.TYPE, type).put(Attribute.NOT_NULL, true).build();
    }

    private static ComparableSchema schema(SchemaObject... objects) {
        return ComparableSchema.of(SchemaSnapshot.of(SqlDialect.POSTGRESQL, "14.0", List.of(objects)),
                ComparisonOptions.DEFAULT);
    }
}
