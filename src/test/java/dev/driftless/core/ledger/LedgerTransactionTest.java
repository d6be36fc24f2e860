package dev.driftless.core.ledger;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerTransactionTest {

    @Test
    void aFailureOnAConnectionThatClosedKeepsItsOwnExceptionWithTheCleanUpsSuppressed() throws Exception {
        Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        SQLException serverClosedIt = new SQLException("terminating connection due to administrator command", "57P01");

        assertThatThrownBy(() -> Ledger.inTransaction(connection, () -> {
            connection.close(); // as the server does when it terminates the session
            throw serverClosedIt;
        })).isSameAs(serverClosedIt);
        assertThat(serverClosedIt.getSuppressed()).as("rollback and setAutoCommit on the closed connection")
                .hasSize(2).allSatisfy(cleanUp -> assertThat(cleanUp).isInstanceOf(SQLException.class));
    }

    @Test
    void aTransactionThatSucceedsCommitsAndRestoresAutoCommit() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Ledger.inTransaction(connection, () -> connection.createStatement().execute("CREATE TABLE t (x)"));

            assertThat(connection.getAutoCommit()).isTrue();
            assertThat(connection.createStatement().executeQuery("SELECT count(*) FROM t").getInt(1)).isZero();
        }
    }
}
