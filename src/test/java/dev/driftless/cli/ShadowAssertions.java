package dev.driftless.cli;

import dev.driftless.db.PostgresShadows;
import dev.driftless.testing.TestPostgres;

import java.sql.Connection;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks that no temporary shadow database is left on the test server. */
final class ShadowAssertions {
    private ShadowAssertions() {
    }

    static void assertNoShadowLeft() throws SQLException {
        try (Connection admin = TestPostgres.server().getPostgresDatabase().getConnection()) {
            assertThat(PostgresShadows.leftovers(admin)).isEmpty();
        }
    }
}
