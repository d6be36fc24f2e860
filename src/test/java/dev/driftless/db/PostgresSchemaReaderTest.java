package dev.driftless.db;

import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.testing.SchemaFixtures;
import dev.driftless.testing.TestPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static dev.driftless.core.schema.ObjectKey.child;
import static dev.driftless.core.schema.ObjectKey.inSchema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PostgreSQL reader on a real server, against a fixture with one of every kind of object. */
class PostgresSchemaReaderTest {
    private static String database;
    private static SchemaSnapshot snapshot;

    @BeforeAll
    static void readFixture() throws SQLException {
        database = TestPostgres.createDatabase();
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement()) {
            statement.execute(SchemaFixtures.POSTGRES);
            snapshot = new PostgresSchemaReader().read(connection, LedgerTable.DEFAULT);
        }
    }

    @Test
    void columnsCarryTypeNullabilityDefaultIdentityGenerationCollationAndPosition() {
        SchemaObject status = object(child(ObjectKind.COLUMN, "public", "orders", "status"));
        assertThat(status.text(Attribute.TYPE)).contains("public.order_status");
        assertThat(status.flag(Attribute.NOT_NULL)).isTrue();
        assertThat(status.text(Attribute.DEFAULT)).contains("'new'::public.order_status");
        assertThat(status.number(Attribute.POSITION)).hasValue(3);

        SchemaObject code = object(child(ObjectKind.COLUMN, "public", "orders", "code"));
        assertThat(code.text(Attribute.TYPE)).contains("character varying(20)");
        assertThat(code.text(Attribute.COLLATION)).contains("\"C\"");
        assertThat(code.flag(Attribute.NOT_NULL)).isFalse();

        SchemaObject serial = object(child(ObjectKind.COLUMN, "public", "customers", "id"));
        assertThat(serial.text(Attribute.TYPE)).contains("integer");
        assertThat(serial.text(Attribute.DEFAULT)).contains("nextval('public.customers_id_seq'::regclass)");

        SchemaObject identity = object(child(ObjectKind.COLUMN, "public", "orders", "id"));
        assertThat(identity.text(Attribute.IDENTITY)).contains("always");
        assertThat(identity.number(Attribute.START)).hasValue(100);
        assertThat(identity.number(Attribute.INCREMENT)).hasValue(5);
        assertThat(identity.has(Attribute.DEFAULT)).isFalse();
        assertThat(object(child(ObjectKind.COLUMN, "billing", "rooms", "id")).text(Attribute.IDENTITY))
                .contains("by default");

        SchemaObject total = object(child(ObjectKind.COLUMN, "public", "orders", "total"));
        assertThat(total.text(Attribute.GENERATED)).contains("((quantity)::numeric * (unit_price)::numeric)");
        assertThat(total.text(Attribute.GENERATED_STORAGE)).contains("stored");
        assertThat(total.has(Attribute.DEFAULT)).isFalse();

        assertThat(object(child(ObjectKind.COLUMN, "public", "customers", "email")).text(Attribute.TYPE))
                .contains("public.citext");
    }

    @Test
    void tablesKnowPartitioningPersistenceAndRowEstimates() {
        SchemaObject events = object(inSchema(ObjectKind.TABLE, "public", "events"));
        assertThat(events.text(Attribute.PARTITION_KEY)).contains("RANGE (happened_on)");
        SchemaObject partition = object(inSchema(ObjectKind.TABLE, "public", "events_2024"));
        assertThat(partition.text(Attribute.PARTITION_OF)).contains("public.events");
        assertThat(partition.text(Attribute.PARTITION_BOUND)).contains("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        assertThat(object(child(ObjectKind.COLUMN, "public", "events_2024", "id")).flag(Attribute.INHERITED)).isTrue();

        assertThat(object(inSchema(ObjectKind.TABLE, "public", "scratch")).flag(Attribute.UNLOGGED)).isTrue();
        assertThat(object(inSchema(ObjectKind.TABLE, "public", "orders")).flag(Attribute.UNLOGGED)).isFalse();
        assertThat(object(inSchema(ObjectKind.TABLE, "public", "customers")).number(Attribute.ROW_ESTIMATE)).hasValue(2);
    }

    @Test
    void constraintsAreDeparsedByTheServer() {
        assertThat(definition(child(ObjectKind.CONSTRAINT, "public", "customers", "customers_pkey")))
                .isEqualTo("PRIMARY KEY (id)");
        assertThat(definition(child(ObjectKind.CONSTRAINT, "public", "customers", "customers_email_key")))
                .isEqualTo("UNIQUE (email)");
        assertThat(definition(child(ObjectKind.CONSTRAINT, "public", "orders", "orders_quantity_check")))
                .isEqualTo("CHECK (quantity > 0)");
        assertThat(definition(child(ObjectKind.CONSTRAINT, "public", "orders", "orders_customer_id_fkey")))
                .isEqualTo("FOREIGN KEY (customer_id) REFERENCES public.customers(id) ON DELETE CASCADE");
        SchemaObject exclusion = object(child(ObjectKind.CONSTRAINT, "billing", "rooms", "rooms_during_excl"));
        assertThat(exclusion.text(Attribute.CONSTRAINT_TYPE)).contains("exclusion");
        assertThat(exclusion.text(Attribute.DEFINITION)).contains("EXCLUDE USING gist (during WITH &&)");
    }

    @Test
    void indexesArePartialOrOnExpressionsAndThoseBehindConstraintsAreLeftOut() {
        SchemaObject open = object(child(ObjectKind.INDEX, "public", "orders", "orders_open_idx"));
        assertThat(open.text(Attribute.DEFINITION)).contains("CREATE INDEX orders_open_idx ON public.orders USING btree "
                + "(created_at) WHERE (status <> 'shipped'::public.order_status)");
        assertThat(open.text(Attribute.PREDICATE)).contains("(status <> 'shipped'::public.order_status)");
        assertThat(open.serverDdl()).isEqualTo(open.text(Attribute.DEFINITION));
        SchemaObject lower = object(child(ObjectKind.INDEX, "public", "orders", "orders_code_lower_idx"));
        assertThat(lower.list(Attribute.COLUMNS)).containsExactly("lower(code::text)");
        assertThat(lower.text(Attribute.METHOD)).contains("btree");
        assertThat(object(child(ObjectKind.INDEX, "public", "order_totals", "order_totals_customer_idx"))
                .flag(Attribute.UNIQUE)).isTrue();
        assertThat(object(child(ObjectKind.INDEX, "public", "events_2024", "events_2024_happened_on_idx"))
                .text(Attribute.PARTITION_OF)).contains("public.events_happened_idx");

        assertThat(snapshot.find(child(ObjectKind.INDEX, "public", "customers", "customers_pkey"))).isEmpty();
        assertThat(snapshot.find(child(ObjectKind.INDEX, "public", "customers", "customers_email_key"))).isEmpty();
    }

    @Test
    void typesSequencesViewsRoutinesAndTriggers() {
        assertThat(object(inSchema(ObjectKind.ENUM, "public", "order_status")).list(Attribute.LABELS))
                .containsExactly("new", "paid", "shipped");
        SchemaObject domain = object(inSchema(ObjectKind.DOMAIN, "public", "positive_amount"));
        assertThat(domain.text(Attribute.TYPE)).contains("numeric(12,2)");
        assertThat(domain.flag(Attribute.NOT_NULL)).isTrue();
        assertThat(domain.text(Attribute.DEFAULT)).contains("0");
        assertThat(domain.list(Attribute.CHECKS)).containsExactly("CHECK (VALUE >= 0::numeric)");
        assertThat(object(inSchema(ObjectKind.COMPOSITE_TYPE, "public", "address")).list(Attribute.MEMBERS))
                .containsExactly("street text", "city character varying(80)");

        SchemaObject invoiceNo = object(inSchema(ObjectKind.SEQUENCE, "billing", "invoice_no"));
        assertThat(invoiceNo.number(Attribute.START)).hasValue(1000);
        assertThat(invoiceNo.number(Attribute.INCREMENT)).hasValue(10);
        assertThat(invoiceNo.number(Attribute.CACHE)).hasValue(5);
        assertThat(object(inSchema(ObjectKind.SEQUENCE, "public", "customers_id_seq")).text(Attribute.OWNED_BY))
                .contains("public.customers.id");
        assertThat(snapshot.objects(ObjectKind.SEQUENCE)).as("identity columns' sequences belong to the column")
                .extracting(SchemaObject::name).containsExactlyInAnyOrder("invoice_no", "customers_id_seq");

        SchemaObject openOrders = object(inSchema(ObjectKind.VIEW, "public", "open_orders"));
        assertThat(openOrders.text(Attribute.DEFINITION)).hasValueSatisfying(query -> assertThat(query)
                .startsWith("SELECT orders.id,").contains("FROM public.orders").doesNotEndWith(";"));
        assertThat(object(inSchema(ObjectKind.VIEW, "public", "open_order_count")).list(Attribute.DEPENDS_ON))
                .containsExactly("public.open_orders");
        assertThat(object(inSchema(ObjectKind.MATERIALIZED_VIEW, "public", "order_totals")).text(Attribute.DEFINITION))
                .hasValueSatisfying(query -> assertThat(query).contains("GROUP BY orders.customer_id"));
        assertThat(object(child(ObjectKind.COLUMN, "public", "order_totals", "total")).text(Attribute.TYPE))
                .contains("numeric");

        SchemaObject oneArgument = object(ObjectKey.routine(ObjectKind.FUNCTION, "public", "add_tax", List.of("numeric")));
        SchemaObject twoArguments = object(ObjectKey.routine(ObjectKind.FUNCTION, "public", "add_tax",
                List.of("numeric", "numeric")));
        assertThat(oneArgument.text(Attribute.BODY)).contains(" SELECT amount * 1.2 ");
        assertThat(twoArguments.text(Attribute.ARGUMENTS)).contains("amount numeric, rate numeric");
        assertThat(twoArguments.text(Attribute.VOLATILITY)).contains("immutable");
        assertThat(twoArguments.serverDdl()).hasValueSatisfying(ddl -> assertThat(ddl)
                .startsWith("CREATE OR REPLACE FUNCTION public.add_tax(amount numeric, rate numeric)"));
        assertThat(object(ObjectKey.routine(ObjectKind.FUNCTION, "public", "recent_orders", List.of()))
                .list(Attribute.DEPENDS_ON)).containsExactly("public.orders");
        SchemaObject procedure = object(ObjectKey.routine(ObjectKind.PROCEDURE, "public", "archive_orders",
                List.of("date")));
        assertThat(procedure.text(Attribute.LANGUAGE)).contains("plpgsql");
        assertThat(procedure.has(Attribute.RESULT)).isFalse();

        assertThat(object(child(ObjectKind.TRIGGER, "public", "orders", "orders_touch")).text(Attribute.DEFINITION))
                .contains("CREATE TRIGGER orders_touch BEFORE UPDATE ON public.orders FOR EACH ROW "
                        + "EXECUTE FUNCTION public.touch()");
    }

    @Test
    void extensionsAreListedButTheirObjectsAndTheLedgerAreNot() {
        assertThat(object(ObjectKey.database(ObjectKind.EXTENSION, "citext")).text(Attribute.SCHEMA)).contains("public");
        assertThat(snapshot.objects(ObjectKind.EXTENSION)).extracting(SchemaObject::name).containsExactly("citext");
        assertThat(snapshot.objects()).filteredOn(object -> object.kind() != ObjectKind.EXTENSION)
                .extracting(object -> object.key().name())
                .doesNotContain("citext", "citextin", "regexp_matches", "_sqlx_migrations", "_sqlx_migrations_pkey");
        assertThat(snapshot.objects()).noneMatch(object -> "_sqlx_migrations".equals(object.key().parent()));
        assertThat(snapshot.objects(ObjectKind.SCHEMA)).extracting(SchemaObject::name)
                .containsExactlyInAnyOrder("billing", "public");
        assertThat(snapshot.objects(ObjectKind.FUNCTION)).extracting(SchemaObject::name)
                .containsExactlyInAnyOrder("add_tax", "add_tax", "recent_orders", "touch");
    }

    @Test
    void aQualifiedLedgerTableIsLeftOutAndTheDefaultOneThenShows() throws SQLException {
        String other = TestPostgres.createDatabase();
        try (Connection connection = TestPostgres.connect(other); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA ops; CREATE TABLE ops.ledger (version bigint PRIMARY KEY);"
                    + " CREATE TABLE _sqlx_migrations (version bigint)");
            SchemaSnapshot read = new PostgresSchemaReader().read(connection, LedgerTable.parse("ops.ledger"));
            assertThat(read.objects(ObjectKind.TABLE)).extracting(object -> object.key().qualifiedName())
                    .containsExactly("public._sqlx_migrations");
        }
    }

    @Test
    void theUsersSearchPathChangesNothingAndTheConnectionIsLeftAsItWas() throws SQLException {
        try (Connection connection = TestPostgres.connect(database); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path = billing, public");
            SchemaSnapshot again = new PostgresSchemaReader().read(connection, LedgerTable.DEFAULT);

            assertThat(again).isEqualTo(snapshot);
            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(connection.isReadOnly()).isFalse();
            assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
            try (ResultSet path = statement.executeQuery("SHOW search_path")) {
                path.next();
                assertThat(path.getString(1)).isEqualTo("billing, public");
            }
        }
    }

    @Test
    void refusesAConnectionInsideATransactionOfItsCaller() throws SQLException {
        try (Connection connection = TestPostgres.connect(database)) {
            connection.setAutoCommit(false);
            assertThatThrownBy(() -> new PostgresSchemaReader().read(connection, LedgerTable.DEFAULT))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("auto-commit");
        }
    }

    private static SchemaObject object(ObjectKey key) {
        return snapshot.find(key).orElseThrow(() -> new AssertionError("no " + key + " in " + snapshot.objects()));
    }

    private static String definition(ObjectKey key) {
        return object(key).text(Attribute.DEFINITION).orElseThrow();
    }
}
