package dev.driftless.core.schema.compare;

import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.sql.SqlDialect;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.driftless.core.schema.ObjectKey.child;
import static dev.driftless.core.schema.ObjectKey.inSchema;
import static org.assertj.core.api.Assertions.assertThat;

/** The comparison on hand-built snapshots: what differs, what is normalised away, and how it is worded. */
class SchemaComparisonTest {
    private static final SchemaComparison DEFAULT = new SchemaComparison(ComparisonOptions.DEFAULT);
    private static final SchemaObject ORDERS = table("orders");
    private static final SchemaObject ID = column("orders", "id", 1, "bigint");
    private static final SchemaObject STATUS = column("orders", "status", 2, "text");

    @Test
    void anIdenticalSchemaHasNoDifferences() {
        assertThat(DEFAULT.compare(snapshot(ORDERS, ID, STATUS), snapshot(STATUS, ID, ORDERS))).isEmpty();
    }

    @Test
    void aColumnOnlyInTheMigrationsIsMissingFromTheDatabase() {
        List<SchemaDifference> differences = DEFAULT.compare(snapshot(ORDERS, ID, STATUS), snapshot(ORDERS, ID));

        assertThat(differences).containsExactly(SchemaDifference.missing(STATUS.key()));
        assertThat(differences.get(0).message(DifferenceSides.MIGRATIONS_AND_DATABASE))
                .isEqualTo("column public.orders.status: in the migrations, not in the database");
    }

    @Test
    void anExtraTableIsOneDifferenceNotOnePerColumn() {
        SchemaObject audit = table("audit");
        SchemaObject auditId = column("audit", "id", 1, "bigint");

        List<SchemaDifference> differences = DEFAULT.compare(snapshot(ORDERS), snapshot(ORDERS, audit, auditId));

        assertThat(differences).containsExactly(SchemaDifference.extra(audit.key()));
        assertThat(differences.get(0).message(DifferenceSides.MIGRATIONS_AND_DATABASE))
                .isEqualTo("table public.audit: in the database, not in the migrations");
    }

    @Test
    void aChangedAttributeNamesBothValues() {
        SchemaObject varchar = column("orders", "status", 2, "character varying(20)");

        List<SchemaDifference> differences = DEFAULT.compare(snapshot(ORDERS, STATUS), snapshot(ORDERS, varchar));

        assertThat(differences).containsExactly(
                SchemaDifference.changed(STATUS.key(), Attribute.TYPE, "text", "character varying(20)"));
        assertThat(differences.get(0).message(DifferenceSides.MIGRATIONS_AND_DATABASE)).isEqualTo(
                "column public.orders.status: type: text in the migrations, character varying(20) in the database");
    }

    @Test
    void anIndexWhoseColumnsChangedSaysSoWithoutRepeatingItsWholeStatement() {
        SchemaObject onUser = builder(index("orders_user", "CREATE INDEX orders_user ON public.orders USING btree (user_id)"))
                .put(Attribute.COLUMNS, List.of("user_id")).build();
        SchemaObject widened = builder(index("orders_user",
                "CREATE INDEX orders_user ON public.orders USING btree (user_id, placed_at)"))
                .put(Attribute.COLUMNS, List.of("user_id", "placed_at")).build();
        SchemaObject otherwiseChanged = builder(onUser)
                .put(Attribute.DEFINITION, "CREATE INDEX orders_user ON public.orders USING btree (user_id) INCLUDE (id)")
                .build();

        assertThat(DEFAULT.compare(snapshot(ORDERS, onUser), snapshot(ORDERS, widened))).containsExactly(
                SchemaDifference.changed(onUser.key(), Attribute.COLUMNS, List.of("user_id"), List.of("user_id", "placed_at")));
        assertThat(DEFAULT.compare(snapshot(ORDERS, onUser), snapshot(ORDERS, otherwiseChanged)))
                .extracting(SchemaDifference::attribute).containsExactly(Attribute.DEFINITION);
    }

    @Test
    void absentValuesAndFlagsAreWordedPlainly() {
        SchemaObject defaulted = builder(STATUS).put(Attribute.DEFAULT, "'new'::text").put(Attribute.NOT_NULL, true).build();

        List<String> messages = DEFAULT.compare(snapshot(ORDERS, STATUS), snapshot(ORDERS, defaulted)).stream()
                .map(difference -> difference.message(DifferenceSides.TWO_DATABASES)).toList();

        assertThat(messages).containsExactly(
                "column public.orders.status: not null: no in this database, yes in the other database",
                "column public.orders.status: default: none in this database, 'new'::text in the other database");
    }

    @Test
    void columnOrderIsIgnoredUnlessAskedFor() {
        SchemaSnapshot migrations = snapshot(ORDERS, ID, STATUS);
        SchemaSnapshot database = snapshot(ORDERS, column("orders", "id", 2, "bigint"), column("orders", "status", 1, "text"));

        assertThat(DEFAULT.compare(migrations, database)).isEmpty();
        assertThat(new SchemaComparison(new ComparisonOptions(true, true)).compare(migrations, database))
                .extracting(SchemaDifference::attribute).containsExactly(Attribute.POSITION, Attribute.POSITION);
    }

    @Test
    void rowEstimatesAndExtensionVersionsAreNeverCompared() {
        SchemaObject analysed = SchemaObject.builder(ORDERS.key()).put(Attribute.ROW_ESTIMATE, 1000).build();
        SchemaObject citext = extension("citext", "1.6");

        assertThat(DEFAULT.compare(snapshot(ORDERS, citext), snapshot(analysed, extension("citext", "1.5")))).isEmpty();
    }

    @Test
    void aSerialColumnEqualsAnIntegerWithADefaultOnASequenceItOwnsWhateverItsName() {
        SchemaSnapshot serial = snapshot(ORDERS, serialColumn("orders_id_seq"), ownedSequence("orders_id_seq"));
        SchemaSnapshot renamedTable = snapshot(ORDERS, serialColumn("sales_id_seq"), ownedSequence("sales_id_seq"));

        assertThat(DEFAULT.compare(serial, renamedTable)).isEmpty();
    }

    @Test
    void aSerialColumnsSequenceSettingsAreTheColumns() {
        SchemaSnapshot serial = snapshot(ORDERS, serialColumn("orders_id_seq"), ownedSequence("orders_id_seq"));
        SchemaObject restarted = SchemaObject.builder(ownedSequence("orders_id_seq").key())
                .put(Attribute.TYPE, "integer").put(Attribute.START, 1000).put(Attribute.INCREMENT, 1)
                .put(Attribute.OWNED_BY, "public.orders.id").build();

        assertThat(DEFAULT.compare(serial, snapshot(ORDERS, serialColumn("orders_id_seq"), restarted)))
                .containsExactly(SchemaDifference.changed(ID.key(), Attribute.START, 1L, 1000L));
    }

    @Test
    void aNextvalOnASequenceTheColumnDoesNotOwnStaysAsWritten() {
        SchemaObject shared = SchemaObject.builder(inSchema(ObjectKind.SEQUENCE, "public", "ids"))
                .put(Attribute.TYPE, "bigint").put(Attribute.START, 1).build();
        SchemaSnapshot migrations = snapshot(ORDERS, serialColumn("ids"), shared);

        assertThat(DEFAULT.compare(migrations, snapshot(ORDERS, ID, shared)))
                .containsExactly(SchemaDifference.changed(ID.key(), Attribute.DEFAULT,
                        "nextval('public.ids'::regclass)", null));
    }

    @Test
    void aSerialColumnAndAnIdentityColumnDiffer() {
        SchemaObject identity = builder(ID).put(Attribute.IDENTITY, "by default").put(Attribute.START, 1)
                .put(Attribute.INCREMENT, 1).build();

        List<SchemaDifference> differences = DEFAULT.compare(
                snapshot(ORDERS, serialColumn("orders_id_seq"), ownedSequence("orders_id_seq")), snapshot(ORDERS, identity));

        assertThat(differences).extracting(SchemaDifference::attribute)
                .contains(Attribute.DEFAULT, Attribute.IDENTITY);
        assertThat(differences.get(0).message(DifferenceSides.MIGRATIONS_AND_DATABASE))
                .isEqualTo("column public.orders.id: default: nextval(its own sequence) in the migrations, none in the "
                        + "database");
    }

    @Test
    void constraintsAndIndexesDifferingOnlyInAGeneratedNameMatchByDefinition() {
        SchemaObject salesKey = constraint("sales_pkey", "PRIMARY KEY (id)");
        SchemaObject ordersKey = constraint("orders_pkey", "PRIMARY KEY (id)");
        SchemaObject oldIndex = index("sales_status_idx", "CREATE INDEX sales_status_idx ON public.orders USING btree (status)");
        SchemaObject newIndex = index("orders_status_idx", "CREATE INDEX orders_status_idx ON public.orders USING btree (status)");
        SchemaSnapshot migrations = snapshot(ORDERS, ID, STATUS, salesKey, oldIndex);
        SchemaSnapshot database = snapshot(ORDERS, ID, STATUS, ordersKey, newIndex);

        assertThat(DEFAULT.compare(migrations, database)).isEmpty();
        assertThat(new SchemaComparison(new ComparisonOptions(false, false)).compare(migrations, database))
                .containsExactlyInAnyOrder(SchemaDifference.missing(salesKey.key()), SchemaDifference.extra(ordersKey.key()),
                        SchemaDifference.missing(oldIndex.key()), SchemaDifference.extra(newIndex.key()));
    }

    @Test
    void namesThatAreNotGeneratedAreNeverMatched() {
        SchemaObject named = index("by_status", "CREATE INDEX by_status ON public.orders USING btree (status)");
        SchemaObject other = index("status_lookup", "CREATE INDEX status_lookup ON public.orders USING btree (status)");

        assertThat(DEFAULT.compare(snapshot(ORDERS, STATUS, named), snapshot(ORDERS, STATUS, other)))
                .containsExactly(SchemaDifference.missing(named.key()), SchemaDifference.extra(other.key()));
    }

    @Test
    void aGeneratedNameWithAnotherDefinitionIsADifference() {
        SchemaObject onStatus = index("orders_status_idx", "CREATE INDEX orders_status_idx ON public.orders USING btree (status)");
        SchemaObject onId = index("orders_id_idx", "CREATE INDEX orders_id_idx ON public.orders USING btree (id)");

        assertThat(DEFAULT.compare(snapshot(ORDERS, onStatus), snapshot(ORDERS, onId))).hasSize(2);
    }

    @Test
    void functionBodiesAreComparedWithWhitespaceNormalised() {
        ObjectKey key = ObjectKey.routine(ObjectKind.FUNCTION, "public", "touch", List.of());
        SchemaObject spaced = SchemaObject.builder(key).put(Attribute.BODY, "\n  BEGIN\n    RETURN NEW;\n  END\n").build();
        SchemaObject compact = SchemaObject.builder(key).put(Attribute.BODY, " BEGIN RETURN NEW; END").build();
        SchemaObject other = SchemaObject.builder(key).put(Attribute.BODY, "BEGIN RETURN OLD; END").build();

        assertThat(DEFAULT.compare(snapshot(spaced), snapshot(compact))).isEmpty();
        assertThat(DEFAULT.compare(snapshot(spaced), snapshot(other)))
                .containsExactly(SchemaDifference.changed(key, Attribute.BODY, "BEGIN RETURN NEW; END",
                        "BEGIN RETURN OLD; END"));
    }

    @Test
    void enumLabelsAreComparedInOrder() {
        ObjectKey key = inSchema(ObjectKind.ENUM, "public", "status");
        SchemaObject two = SchemaObject.builder(key).put(Attribute.LABELS, List.of("new", "paid")).build();
        SchemaObject three = SchemaObject.builder(key).put(Attribute.LABELS, List.of("new", "paid", "shipped")).build();

        List<SchemaDifference> differences = DEFAULT.compare(snapshot(two), snapshot(three));

        assertThat(differences.get(0).message(DifferenceSides.MIGRATIONS_AND_DATABASE))
                .isEqualTo("enum public.status: labels: (new, paid) in the migrations, (new, paid, shipped) in the database");
    }

    private static SchemaObject table(String name) {
        return SchemaObject.builder(inSchema(ObjectKind.TABLE, "public", name)).build();
    }

    private static SchemaObject column(String table, String name, int position, String type) {
        return SchemaObject.builder(child(ObjectKind.COLUMN, "public", table, name))
                .put(Attribute.TYPE, type).put(Attribute.POSITION, position).build();
    }

    private static SchemaObject serialColumn(String sequence) {
        return builder(ID).put(Attribute.DEFAULT, "nextval('public." + sequence + "'::regclass)").build();
    }

    private static SchemaObject ownedSequence(String name) {
        return SchemaObject.builder(inSchema(ObjectKind.SEQUENCE, "public", name)).put(Attribute.TYPE, "integer")
                .put(Attribute.START, 1).put(Attribute.INCREMENT, 1).put(Attribute.OWNED_BY, "public.orders.id").build();
    }

    private static SchemaObject constraint(String name, String definition) {
        return SchemaObject.builder(child(ObjectKind.CONSTRAINT, "public", "orders", name))
                .put(Attribute.CONSTRAINT_TYPE, "primary key").put(Attribute.DEFINITION, definition).build();
    }

    private static SchemaObject index(String name, String definition) {
        return SchemaObject.builder(child(ObjectKind.INDEX, "public", "orders", name))
                .put(Attribute.DEFINITION, definition).put(Attribute.METHOD, "btree").build();
    }

    private static SchemaObject extension(String name, String version) {
        return SchemaObject.builder(ObjectKey.database(ObjectKind.EXTENSION, name)).put(Attribute.VERSION, version)
                .put(Attribute.SCHEMA, "public").build();
    }

    /** A builder holding a copy of the object's attributes. */
    private static SchemaObject.Builder builder(SchemaObject object) {
        SchemaObject.Builder builder = SchemaObject.builder(object.key());
        object.attributes().forEach(builder::put);
        return builder;
    }

    private static SchemaSnapshot snapshot(SchemaObject... objects) {
        return SchemaSnapshot.of(SqlDialect.POSTGRESQL, "14.0", new ArrayList<>(List.of(objects)));
    }
}
