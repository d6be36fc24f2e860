package dev.driftless.db;

import dev.driftless.core.schema.SqlText;
import dev.driftless.core.sql.SqlDialect;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteStatementPartsTest {

    @Test
    void readsAnIndexsColumnsAndExpressionsAndItsPartialCondition() {
        SqliteStatementParts.IndexParts parts = SqliteStatementParts.index(tokens(
                "CREATE UNIQUE INDEX IF NOT EXISTS i ON t (lower(a), coalesce(b, 'x, y') DESC, c)"
                        + " WHERE (a > 0) AND c IS NOT NULL"));

        assertThat(parts.columns()).containsExactly("lower(a)", "coalesce(b, 'x, y') desc", "c");
        assertThat(parts.predicate()).isEqualTo("(a > 0) and c is not null");
        assertThat(SqliteStatementParts.index(tokens("CREATE INDEX i ON t(a)")))
                .isEqualTo(new SqliteStatementParts.IndexParts(List.of("a"), null));
    }

    @Test
    void readsGeneratedColumnsExpressionsAndNothingElse() {
        Map<String, String> expressions = SqliteStatementParts.generatedExpressions(tokens("""
                CREATE TABLE t (
                    a INTEGER DEFAULT (CAST(1 AS INTEGER)) CHECK (a > 0),
                    "B" DECIMAL(10, 2) GENERATED ALWAYS AS (a * 2) VIRTUAL,
                    c TEXT AS (coalesce(b, 'none')) STORED,
                    CHECK (a < 100)
                )"""));

        assertThat(expressions).containsExactlyInAnyOrderEntriesOf(Map.of("b", "a * 2", "c", "coalesce(b, 'none')"));
    }

    private static List<String> tokens(String sql) {
        return SqlText.tokens(sql, SqlDialect.SQLITE);
    }
}
