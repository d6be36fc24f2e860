package dev.driftless.db;

import dev.driftless.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The first rows and the row count of real tables and views, on SQLite and the embedded PostgreSQL. */
class RelationPreviewTest {
    private static final String WIDE = "x".repeat(5_000);

    @TempDir
    Path folder;

    @Test
    void sqliteRowsCarryTextNullAndTheLengthOfBlobsUnderQuotedNames() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://" + folder.resolve("preview.db") + "?mode=rwc");
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    CREATE TABLE "Odd Table" ("select" INTEGER, note TEXT, data BLOB);
                    INSERT INTO "Odd Table" VALUES (1, 'first', x'00010203'), (2, NULL, NULL);
                    """);
            statement.executeUpdate("INSERT INTO \"Odd Table\" VALUES (3, '" + WIDE + "', NULL)");

            PreviewRows rows = new RelationPreview(connection).firstRows("main", "Odd Table", 100);

            assertThat(rows.columns()).containsExactly("select", "note", "data");
            assertThat(rows.more()).isFalse();
            assertThat(rows.rows()).hasSize(3);
            assertThat(rows.rows().get(0)).containsExactly(new PreviewValue.Text("1"), new PreviewValue.Text("first"),
                    new PreviewValue.Binary(4));
            assertThat(rows.rows().get(1).get(1)).isEqualTo(new PreviewValue.Null());
            assertThat(rows.rows().get(2).get(1)).isEqualTo(new PreviewValue.Text(WIDE));
            assertThat(new RelationPreview(connection).count("main", "Odd Table")).isEqualTo(3);
        }
    }

    @Test
    void onlyTheFirstRowsAreReadAndMoreIsSaid() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://" + folder.resolve("many.db") + "?mode=rwc");
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("""
                    CREATE TABLE numbers (n INTEGER);
                    WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 250)
                    INSERT INTO numbers SELECT n FROM r;
                    """);

            PreviewRows rows = new RelationPreview(connection).firstRows("main", "numbers", 100);

            assertThat(rows.rows()).hasSize(100);
            assertThat(rows.more()).isTrue();
            assertThat(new RelationPreview(connection).count("main", "numbers")).isEqualTo(250);
        }
    }

    @Test
    void postgresRowsOfAQuotedSchemaAndTableWithByteaAndWideText() throws SQLException {
        DatabaseUrl url = DatabaseUrl.parse(TestPostgres.freshDatabaseUrl());
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE SCHEMA "Sales Dept";
                    CREATE TABLE "Sales Dept"."Order" (id integer, "user" text, payload bytea, placed timestamp);
                    INSERT INTO "Sales Dept"."Order" VALUES
                        (1, 'ann', '\\x0102'::bytea, '2024-01-02 03:04:05'), (2, NULL, NULL, NULL);
                    CREATE VIEW "Sales Dept"."Order view" AS SELECT id, "user" FROM "Sales Dept"."Order";
                    """);
            statement.execute("INSERT INTO \"Sales Dept\".\"Order\" VALUES (3, '" + WIDE + "', NULL, NULL)");

            PreviewRows rows = new RelationPreview(connection).firstRows("Sales Dept", "Order", 100);

            assertThat(rows.columns()).containsExactly("id", "user", "payload", "placed");
            assertThat(rows.rows()).extracting(row -> row.get(0)).containsExactlyInAnyOrder(
                    new PreviewValue.Text("1"), new PreviewValue.Text("2"), new PreviewValue.Text("3"));
            List<PreviewValue> first = rows.rows().stream()
                    .filter(row -> row.get(0).equals(new PreviewValue.Text("1"))).findFirst().orElseThrow();
            assertThat(first).containsExactly(new PreviewValue.Text("1"), new PreviewValue.Text("ann"),
                    new PreviewValue.Binary(2), new PreviewValue.Text("2024-01-02 03:04:05"));
            assertThat(rows.rows()).anySatisfy(row -> assertThat(row.get(1)).isEqualTo(new PreviewValue.Text(WIDE)));
            assertThat(rows.rows()).anySatisfy(row -> assertThat(row.get(1)).isEqualTo(new PreviewValue.Null()));
            assertThat(new RelationPreview(connection).firstRows("Sales Dept", "Order view", 100).rows()).hasSize(3);
            assertThat(new RelationPreview(connection).count("Sales Dept", "Order view")).isEqualTo(3);
        }
    }

    @Test
    void aSlowPostgresQueryIsCancelledFromAnotherThread() throws Exception {
        String database = TestPostgres.createDatabase();
        DatabaseUrl url = DatabaseUrl.parse(TestPostgres.url(database));
        try (Connection connection = url.connect(); Connection watcher = TestPostgres.connect(database)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE VIEW slow AS SELECT 1 AS one FROM pg_sleep(60)");
            }
            RelationPreview preview = new RelationPreview(connection);
            CompletableFuture<PreviewRows> reading = CompletableFuture.supplyAsync(() -> {
                try {
                    return preview.firstRows("public", "slow", 100);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            // Bounded, so a query that never shows up fails the test instead of hanging it.
            for (int tries = 0; tries < 1_500 && !sleeping(watcher); tries++) {
                Thread.sleep(20);
            }

            preview.cancel();

            assertThatThrownBy(() -> reading.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .rootCause().hasMessageContaining("cancel");
        }
    }

    private static boolean sleeping(Connection watcher) throws SQLException {
        try (Statement statement = watcher.createStatement();
             ResultSet result = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE state = 'active' AND query LIKE 'SELECT * FROM public.slow%'")) {
            result.next();
            return result.getInt(1) > 0;
        }
    }
}
