package dev.driftless.core.schema.replay;

import dev.driftless.core.sql.SqlDialect;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding the extensions a migration creates itself, so a shadow does not create them first. */
class ExtensionNamesTest {
    @Test
    void findsPlainQuotedAndIfNotExistsForms() {
        String sql = """
                -- CREATE EXTENSION hstore; in a comment does not count
                create extension citext;
                CREATE EXTENSION IF NOT EXISTS "uuid-ossp" WITH SCHEMA public;
                CREATE   EXTENSION
                  pgcrypto CASCADE;
                SELECT 'CREATE EXTENSION postgis';
                """;

        assertThat(ExtensionNames.createdBy(sql, SqlDialect.POSTGRESQL))
                .containsExactly("citext", "pgcrypto", "uuid-ossp");
    }

    @Test
    void collectsOverSeveralTexts() {
        assertThat(ExtensionNames.createdByAny(List.of("CREATE EXTENSION citext;", "DROP EXTENSION citext;",
                "CREATE TABLE t (id int);"), SqlDialect.POSTGRESQL)).containsExactly("citext");
    }
}
