package dev.driftless.core.schema;

import dev.driftless.core.sql.SqlDialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            CREATE INDEX i ON t (a, b)                          | create index i on t(a, b)
            create   index i\\non t(a,b) ;                       | create index i on t(a, b)
            CREATE INDEX i ON t(a) /* why */ -- note\\n WHERE a>0 | create index i on t(a) where a > 0
            CREATE INDEX "I" ON [T] (`A`)                       | create index i on t(a)
            CREATE INDEX "my index" ON t ("a b")                | create index "my index" on t("a b")
            SELECT 'Keep Case' FROM s.T                         | select 'Keep Case' from s.t
            """)
    void sqliteTextNormalisesLayoutCommentsCaseAndNeedlessQuotes(String sql, String normalized) {
        assertThat(SqlText.normalize(sql.replace("\\n", "\n"), SqlDialect.SQLITE)).isEqualTo(normalized);
    }

    @Test
    void postgresKeepsTheCaseOfQuotedNames() {
        assertThat(SqlText.normalize("SELECT \"Total\", \"total\" FROM orders", SqlDialect.POSTGRESQL))
                .isEqualTo("select \"Total\", total from orders");
    }

    @Test
    void tokensArePartsOfTheNormalisedText() {
        assertThat(SqlText.tokens("CREATE INDEX i ON t (lower(A));", SqlDialect.SQLITE))
                .containsExactly("create", "index", "i", "on", "t", "(", "lower", "(", "a", ")", ")");
        assertThat(SqlText.join(SqlText.tokens("x . y ( 1 , 2 )", SqlDialect.SQLITE))).isEqualTo("x.y(1, 2)");
    }
}
