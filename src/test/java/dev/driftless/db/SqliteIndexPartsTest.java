package dev.driftless.db;

import dev.driftless.core.schema.SqlText;
import dev.driftless.core.sql.SqlDialect;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteIndexPartsTest {

    @Test
    void readsColumnsAndExpressionsAndThePartialCondition() {
        SqliteIndexParts parts = parts("CREATE UNIQUE INDEX IF NOT EXISTS i ON t (lower(a), coalesce(b, 'x, y') DESC, c)"
                + " WHERE (a > 0) AND c IS NOT NULL");

        assertThat(parts.columns()).containsExactly("lower(a)", "coalesce(b, 'x, y') desc", "c");
        assertThat(parts.predicate()).isEqualTo("(a > 0) and c is not null");
    }

    @Test
    void anIndexOnAllRowsHasNoCondition() {
        assertThat(parts("CREATE INDEX i ON t(a)")).isEqualTo(new SqliteIndexParts(java.util.List.of("a"), null));
    }

    private static SqliteIndexParts parts(String sql) {
        return SqliteIndexParts.of(SqlText.tokens(sql, SqlDialect.SQLITE));
    }
}
