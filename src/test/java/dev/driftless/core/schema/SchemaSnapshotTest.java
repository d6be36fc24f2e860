package dev.driftless.core.schema;

import dev.driftless.core.sql.SqlDialect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static dev.driftless.core.schema.ObjectKey.child;
import static dev.driftless.core.schema.ObjectKey.inSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The snapshot model on hand-built objects: keys, lookups, children, attribute values and roles. */
class SchemaSnapshotTest {
    private static final SchemaObject ORDERS = SchemaObject.builder(inSchema(ObjectKind.TABLE, "public", "orders"))
            .put(Attribute.ROW_ESTIMATE, 12).build();
    private static final SchemaObject STATUS = column("orders", "status", 2, "character varying(20)");
    private static final SchemaObject ID = column("orders", "id", 1, "bigint");
    private static final SchemaObject STATUS_INDEX = SchemaObject.builder(
                    child(ObjectKind.INDEX, "public", "orders", "orders_status_idx"))
            .put(Attribute.DEFINITION, "CREATE INDEX orders_status_idx ON public.orders USING btree (status)").build();
    private static final SchemaObject OPEN_ORDERS = SchemaObject.builder(inSchema(ObjectKind.VIEW, "public", "open_orders"))
            .put(Attribute.DEFINITION, "SELECT 1").build();

    @Test
    void findsObjectsByTheirWholeKey() {
        SchemaSnapshot snapshot = snapshot(ORDERS, STATUS, ID, STATUS_INDEX, OPEN_ORDERS);

        assertThat(snapshot.find(child(ObjectKind.COLUMN, "public", "orders", "status"))).contains(STATUS);
        assertThat(snapshot.find(child(ObjectKind.COLUMN, "public", "open_orders", "status"))).isEmpty();
        assertThat(snapshot.find(child(ObjectKind.COLUMN, "billing", "orders", "status"))).isEmpty();
        assertThat(snapshot.find(inSchema(ObjectKind.VIEW, "public", "orders"))).as("the kind is part of the key").isEmpty();
        assertThat(snapshot.size()).isEqualTo(5);
    }

    @Test
    void overloadedRoutinesAreToldApartByTheirArgumentTypes() {
        SchemaObject one = SchemaObject.builder(ObjectKey.routine(ObjectKind.FUNCTION, "public", "add_tax",
                List.of("numeric"))).put(Attribute.BODY, "SELECT $1 * 1.2").build();
        SchemaObject two = SchemaObject.builder(ObjectKey.routine(ObjectKind.FUNCTION, "public", "add_tax",
                List.of("numeric", "numeric"))).put(Attribute.BODY, "SELECT $1 * (1 + $2)").build();

        SchemaSnapshot snapshot = snapshot(two, one);

        assertThat(snapshot.objects(ObjectKind.FUNCTION)).containsExactly(one, two);
        assertThat(snapshot.find(ObjectKey.routine(ObjectKind.FUNCTION, "public", "add_tax", List.of("numeric", "numeric"))))
                .contains(two);
        assertThat(two.key().qualifiedName()).isEqualTo("public.add_tax(numeric, numeric)");
        assertThat(two.key()).hasToString("function public.add_tax(numeric, numeric)");
    }

    @Test
    void aRelationsChildrenComeWithColumnsInPositionOrder() {
        SchemaSnapshot snapshot = snapshot(STATUS_INDEX, STATUS, ORDERS, ID, OPEN_ORDERS);

        assertThat(snapshot.children(ORDERS, ObjectKind.COLUMN)).containsExactly(ID, STATUS);
        assertThat(snapshot.children(ORDERS, ObjectKind.INDEX)).containsExactly(STATUS_INDEX);
        assertThat(snapshot.children(OPEN_ORDERS, ObjectKind.COLUMN)).isEmpty();
        assertThat(snapshot.parentOf(STATUS)).contains(ORDERS);
        assertThat(snapshot.parentOf(ORDERS)).isEmpty();
    }

    @Test
    void listsObjectsBySchemaThenKindThenName() {
        SchemaObject billing = SchemaObject.builder(ObjectKey.database(ObjectKind.SCHEMA, "billing")).build();
        SchemaObject invoices = SchemaObject.builder(inSchema(ObjectKind.TABLE, "billing", "invoices")).build();

        SchemaSnapshot snapshot = snapshot(STATUS, OPEN_ORDERS, invoices, ORDERS, billing);

        assertThat(snapshot.objects()).containsExactly(billing, invoices, ORDERS, OPEN_ORDERS, STATUS);
        assertThat(snapshot.schemaNames()).containsExactly("billing", "public");
    }

    @Test
    void twoObjectsUnderOneKeyAreRefusedNamingIt() {
        SchemaObject again = column("orders", "status", 5, "text");

        assertThatThrownBy(() -> snapshot(STATUS, again))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("two objects are both column public.orders.status");
    }

    @Test
    void keysRefuseWhatTheirKindCannotHave() {
        assertThatThrownBy(() -> inSchema(ObjectKind.COLUMN, "public", "status"))
                .hasMessage("column status needs the relation it belongs to");
        assertThatThrownBy(() -> inSchema(ObjectKind.EXTENSION, "public", "citext"))
                .hasMessage("extension citext belongs to the database, not to schema public");
        assertThatThrownBy(() -> new ObjectKey(ObjectKind.TABLE, "public", null, "orders", List.of("integer")))
                .hasMessage("table orders has no argument types");
    }

    @Test
    void attributesKeepTheirValueTypeAndAbsentMeansNone() {
        assertThat(STATUS.text(Attribute.TYPE)).contains("character varying(20)");
        assertThat(STATUS.number(Attribute.POSITION)).hasValue(2);
        assertThat(STATUS.flag(Attribute.NOT_NULL)).isTrue();
        assertThat(ID.text(Attribute.DEFAULT)).isEmpty();
        assertThat(ID.list(Attribute.COLUMNS)).isEmpty();

        SchemaObject nullable = SchemaObject.builder(child(ObjectKind.COLUMN, "public", "orders", "note"))
                .put(Attribute.NOT_NULL, false).put(Attribute.DEFAULT, "").put(Attribute.INHERITS, List.of()).build();
        assertThat(nullable.attributes()).as("false, empty text and empty lists are absent").isEmpty();

        assertThatThrownBy(() -> SchemaObject.builder(ORDERS.key()).put(Attribute.NOT_NULL, "yes").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOT_NULL takes a FLAG value");
        assertThatThrownBy(() -> STATUS.text(Attribute.POSITION)).hasMessage("POSITION is a NUMBER attribute");
    }

    @Test
    void aComparisonCanLeaveOutColumnOrderAndInformation() {
        SchemaObject moved = column("orders", "status", 7, "character varying(20)");

        assertThat(moved.attributes(Set.of(Attribute.Role.STRUCTURE)))
                .isEqualTo(STATUS.attributes(Set.of(Attribute.Role.STRUCTURE)));
        assertThat(moved.attributes(Set.of(Attribute.Role.STRUCTURE, Attribute.Role.ORDER)))
                .isNotEqualTo(STATUS.attributes(Set.of(Attribute.Role.STRUCTURE, Attribute.Role.ORDER)));
        assertThat(ORDERS.attributes(Set.of(Attribute.Role.STRUCTURE, Attribute.Role.ORDER))).isEmpty();
        assertThat(ORDERS.number(Attribute.ROW_ESTIMATE)).hasValue(12);
    }

    @Test
    void snapshotsOfTheSameObjectsAreEqual() {
        assertThat(snapshot(ORDERS, STATUS)).isEqualTo(snapshot(STATUS, ORDERS))
                .hasSameHashCodeAs(snapshot(STATUS, ORDERS));
        assertThat(snapshot(ORDERS, STATUS)).isNotEqualTo(snapshot(ORDERS, ID));
    }

    private static SchemaObject column(String table, String name, int position, String type) {
        return SchemaObject.builder(child(ObjectKind.COLUMN, "public", table, name))
                .put(Attribute.TYPE, type).put(Attribute.NOT_NULL, true).put(Attribute.POSITION, position).build();
    }

    private static SchemaSnapshot snapshot(SchemaObject... objects) {
        return SchemaSnapshot.of(SqlDialect.POSTGRESQL, "14.22", List.of(objects));
    }
}
