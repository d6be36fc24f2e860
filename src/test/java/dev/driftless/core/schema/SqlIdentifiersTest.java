package dev.driftless.core.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SqlIdentifiersTest {

    @Test
    void quotesOnlyWhereABareNameWouldReadBackDifferently() {
        assertThat(SqlIdentifiers.quote("orders")).isEqualTo("orders");
        assertThat(SqlIdentifiers.quote("_sqlx_migrations")).isEqualTo("_sqlx_migrations");
        assertThat(SqlIdentifiers.quote("key")).as("unreserved").isEqualTo("key");
        assertThat(SqlIdentifiers.quote("order")).isEqualTo("\"order\"");
        assertThat(SqlIdentifiers.quote("Orders")).isEqualTo("\"Orders\"");
        assertThat(SqlIdentifiers.quote("line items")).isEqualTo("\"line items\"");
        assertThat(SqlIdentifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
        assertThat(SqlIdentifiers.quote("price$")).as("as quote_ident does").isEqualTo("\"price$\"");
        assertThat(SqlIdentifiers.quote("1st")).isEqualTo("\"1st\"");
    }

    @Test
    void qualifiesAndWritesLiterals() {
        assertThat(SqlIdentifiers.qualified("public", "user")).isEqualTo("public.\"user\"");
        assertThat(SqlIdentifiers.qualified(null, "orders")).isEqualTo("orders");
        assertThat(SqlIdentifiers.literal("it's")).isEqualTo("'it''s'");
    }
}
