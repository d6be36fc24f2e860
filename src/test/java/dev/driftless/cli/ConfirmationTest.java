package dev.driftless.cli;

import dev.driftless.db.DatabaseUrl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Before a ledger edit: y on this machine, the database name typed out on any other. */
class ConfirmationTest {

    @Test
    void localDatabaseTakesYOrYes() {
        Confirmation local = Confirmation.beforeEditing(DatabaseUrl.parse("postgres://me:secret@localhost/shop"));

        assertThat(local.question()).isEqualTo("Apply this change? (y/N) ");
        assertThat(local.accepts("y")).isTrue();
        assertThat(local.accepts(" YES\n")).isTrue();
        assertThat(local.accepts("")).isFalse();
        assertThat(local.accepts("n")).isFalse();
        assertThat(local.accepts(null)).as("end of input").isFalse();
    }

    @Test
    void remoteDatabaseTakesOnlyItsNameTypedOut() {
        Confirmation remote = Confirmation.beforeEditing(DatabaseUrl.parse("postgres://me:secret@db.example.com/shop"));

        assertThat(remote.question()).contains("postgres://me:****@db.example.com/shop is not on this machine")
                .endsWith("type the database name (shop): ").doesNotContain("secret");
        assertThat(remote.accepts("shop")).isTrue();
        assertThat(remote.accepts("shop\n")).isTrue();
        assertThat(remote.accepts("y")).isFalse();
        assertThat(remote.accepts("SHOP")).isFalse();
    }

    @Test
    void sqliteFilesAreAlwaysLocal() {
        assertThat(Confirmation.beforeEditing(DatabaseUrl.parse("sqlite://data/app.db")).expected()).isNull();
    }
}
