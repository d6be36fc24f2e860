package dev.driftless.db;

import dev.driftless.core.ledger.LedgerTable;
import dev.driftless.core.schema.Attribute;
import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.ObjectKind;
import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.testing.SchemaFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static dev.driftless.core.schema.ObjectKey.child;
import static dev.driftless.core.schema.ObjectKey.inSchema;
import static org.assertj.core.api.Assertions.assertThat;

/** The SQLite reader on a real database file holding one of every kind of object. */
class SqliteSchemaReaderTest {
    @TempDir
    Path folder;

    private SchemaSnapshot snapshot;

    @BeforeEach
    void readFixture() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://" + folder.resolve("fixture.db") + "?mode=rwc");
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(SchemaFixtures.SQLITE);
            snapshot = new SqliteSchemaReader().read(connection, LedgerTable.DEFAULT);
            assertThat(connection.getAutoCommit()).isTrue();
        }
    }

    @Test
    void columnsCarryDeclaredTypeNullabilityDefaultGenerationAndPosition() {
        SchemaObject status = object(child(ObjectKind.COLUMN, "main", "orders", "status"));
        assertThat(status.text(Attribute.TYPE)).contains("VARCHAR(20)");
        assertThat(status.flag(Attribute.NOT_NULL)).isTrue();
        assertThat(status.text(Attribute.DEFAULT)).contains("'new'");
        assertThat(status.number(Attribute.POSITION)).hasValue(3);
        assertThat(object(child(ObjectKind.COLUMN, "main", "customers", "email")).text(Attribute.TYPE)).contains("TEXT");
        assertThat(object(child(ObjectKind.COLUMN, "main", "orders", "created_at")).text(Attribute.DEFAULT))
                .contains("current_timestamp");
        SchemaObject doubled = object(child(ObjectKind.COLUMN, "main", "orders", "doubled"));
        assertThat(doubled.text(Attribute.GENERATED_STORAGE)).contains("virtual");
        assertThat(doubled.text(Attribute.GENERATED)).contains("quantity * 2");
        assertThat(object(child(ObjectKind.COLUMN, "main", "orders", "tripled")).text(Attribute.GENERATED_STORAGE))
                .contains("stored");
        assertThat(snapshot.children(object(inSchema(ObjectKind.TABLE, "main", "orders")), ObjectKind.COLUMN))
                .extracting(SchemaObject::name)
                .containsExactly("id", "customer_id", "status", "quantity", "doubled", "tripled", "created_at");
    }

    @Test
    void tablesKnowStrictAndWithoutRowidAndKeepTheirDdlAsWritten() {
        SchemaObject counters = object(inSchema(ObjectKind.TABLE, "main", "counters"));
        assertThat(counters.flag(Attribute.STRICT)).isTrue();
        assertThat(counters.flag(Attribute.WITHOUT_ROWID)).isFalse();
        assertThat(counters.serverDdl())
                .contains("CREATE TABLE counters (name TEXT PRIMARY KEY, hits INTEGER NOT NULL DEFAULT 0) STRICT");
        SchemaObject settings = object(inSchema(ObjectKind.TABLE, "main", "settings"));
        assertThat(settings.flag(Attribute.WITHOUT_ROWID)).isTrue();
        assertThat(settings.flag(Attribute.STRICT)).isFalse();
        assertThat(object(inSchema(ObjectKind.TABLE, "main", "orders")).serverDdl()).hasValueSatisfying(ddl ->
                assertThat(ddl).startsWith("CREATE TABLE orders (\n    id INTEGER PRIMARY KEY,"));
    }

    @Test
    void keysUniqueConstraintsAndForeignKeysComeFromThePragmas() {
        assertThat(snapshot.children(object(inSchema(ObjectKind.TABLE, "main", "order_lines")), ObjectKind.CONSTRAINT))
                .extracting(SchemaObject::name)
                .containsExactlyInAnyOrder("PRIMARY KEY (order_id, line)", "UNIQUE (order_id, sku)",
                        "FOREIGN KEY (order_id) REFERENCES orders");
        SchemaObject foreignKey = object(child(ObjectKind.CONSTRAINT, "main", "orders",
                "FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE"));
        assertThat(foreignKey.text(Attribute.CONSTRAINT_TYPE)).contains("foreign key");
        assertThat(object(child(ObjectKind.CONSTRAINT, "main", "customers", "UNIQUE (email)"))
                .text(Attribute.CONSTRAINT_TYPE)).contains("unique");
        assertThat(object(child(ObjectKind.CONSTRAINT, "main", "settings", "PRIMARY KEY (key)"))
                .text(Attribute.CONSTRAINT_TYPE)).contains("primary key");
    }

    @Test
    void indexesArePartialOrOnExpressionsAndSqlitesOwnAreLeftOut() {
        SchemaObject open = object(child(ObjectKind.INDEX, "main", "orders", "orders_open_idx"));
        assertThat(open.text(Attribute.PREDICATE)).contains("status <> 'shipped'");
        assertThat(open.list(Attribute.COLUMNS)).containsExactly("created_at");
        assertThat(open.text(Attribute.DEFINITION))
                .contains("create index orders_open_idx on orders(created_at) where status <> 'shipped'");
        assertThat(open.serverDdl())
                .contains("CREATE INDEX orders_open_idx ON orders (created_at) WHERE status <> 'shipped'");
        SchemaObject expression = object(child(ObjectKind.INDEX, "main", "customers", "customers_email_lower_idx"));
        assertThat(expression.flag(Attribute.UNIQUE)).isTrue();
        assertThat(expression.list(Attribute.COLUMNS)).containsExactly("lower(email)", "name desc");
        assertThat(expression.has(Attribute.PREDICATE)).isFalse();
        assertThat(snapshot.objects(ObjectKind.INDEX)).extracting(SchemaObject::name)
                .containsExactlyInAnyOrder("orders_open_idx", "customers_email_lower_idx");
    }

    @Test
    void viewsAndTriggersAreNormalisedForComparisonAndTheLedgerIsLeftOut() {
        SchemaObject view = object(inSchema(ObjectKind.VIEW, "main", "open_orders"));
        assertThat(view.text(Attribute.DEFINITION))
                .contains("create view open_orders as select id, status from orders where status <> 'shipped'");
        assertThat(object(child(ObjectKind.COLUMN, "main", "open_orders", "status")).text(Attribute.TYPE))
                .contains("VARCHAR(20)");
        SchemaObject trigger = object(child(ObjectKind.TRIGGER, "main", "orders", "orders_touch"));
        assertThat(trigger.serverDdl()).hasValueSatisfying(ddl -> assertThat(ddl).contains("AFTER UPDATE ON orders"));

        assertThat(snapshot.objects()).noneMatch(object -> object.name().toLowerCase().contains("sqlx")
                || "_sqlx_migrations".equals(object.key().parent()));
        assertThat(snapshot.objects()).noneMatch(object -> object.name().startsWith("sqlite_"));
        assertThat(snapshot.schemaNames()).containsExactly("main");
    }

    @Test
    void theSameSchemaWrittenDifferentlyReadsTheSame(@TempDir Path other) throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://" + other.resolve("other.db") + "?mode=rwc");
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    create table T ("id" integer primary key, name text);
                    -- the same index, laid out otherwise
                    CREATE   INDEX  t_name ON [t] ( "NAME" )  WHERE name IS NOT NULL;
                    """);
            SchemaSnapshot first = new SqliteSchemaReader().read(connection, LedgerTable.DEFAULT);
            statement.executeUpdate("DROP INDEX t_name; CREATE INDEX t_name ON t(name) where name is not null");
            SchemaSnapshot second = new SqliteSchemaReader().read(connection, LedgerTable.DEFAULT);

            SchemaObject before = first.objects(ObjectKind.INDEX).get(0);
            SchemaObject after = second.objects(ObjectKind.INDEX).get(0);
            assertThat(after.attributes()).isEqualTo(before.attributes());
            assertThat(after.serverDdl()).isNotEqualTo(before.serverDdl());
        }
    }

    private SchemaObject object(ObjectKey key) {
        return snapshot.find(key).orElseThrow(() -> new AssertionError("no " + key + " in " + snapshot.objects()));
    }
}
