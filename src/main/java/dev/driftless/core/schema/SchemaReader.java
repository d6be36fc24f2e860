package dev.driftless.core.schema;

import dev.driftless.core.ledger.LedgerTable;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Reads the structure of the database a connection is on, per dialect (implemented in the db
 * layer). Reading changes nothing: it runs in a read-only transaction of its own, and the
 * connection is left as it was given (auto-commit, read-only flag, isolation level).
 */
public interface SchemaReader {

    /**
     * Reads every user object of the database, leaving out system schemas, objects that belong to
     * an extension and the project's ledger table.
     *
     * @param connection  a connection in auto-commit mode (no transaction of the caller's is open)
     * @param ledgerTable the ledger table, left out with its columns, constraints and indexes
     */
    SchemaSnapshot read(Connection connection, LedgerTable ledgerTable) throws SQLException;
}
