package dev.driftless.core.repair;

import dev.driftless.core.ledger.LedgerDialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * One statement of a repair with its values. It runs with bound parameters; {@link #display}
 * pastes the values in as literals only so that a person can read exactly what will run.
 */
public record LedgerStatement(String sql, List<Object> values) {
    public LedgerStatement {
        values = List.copyOf(values);
    }

    LedgerStatement(String sql, Object... values) {
        this(sql, List.of(values));
    }

    /** The statement with each {@code ?} replaced by its value as a literal of this database. */
    public String display(LedgerDialect dialect) {
        String[] parts = sql.split("\\?", -1);
        StringBuilder shown = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            shown.append(literal(values.get(i - 1), dialect)).append(parts[i]);
        }
        return shown.toString();
    }

    /** Runs the statement and returns how many rows it changed. */
    int execute(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            return statement.executeUpdate();
        }
    }

    private static String literal(Object value, LedgerDialect dialect) {
        if (value instanceof byte[] bytes) {
            return dialect.bytesLiteral(bytes);
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString().toUpperCase(Locale.ROOT);
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }
}
