package dev.driftless.db;

import dev.driftless.core.schema.SqlIdentifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A look at a table's or view's data on one connection: its first rows, or its exact row count. Reads only.
 * The running query can be stopped from another thread with {@link #cancel()} (a view over a slow query, a
 * count of a huge table); the reading thread then gets the driver's SQLException.
 */
public final class RelationPreview {
    private final Connection connection;
    private final AtomicReference<Statement> running = new AtomicReference<>();
    private volatile boolean cancelled;

    public RelationPreview(Connection connection) {
        this.connection = connection;
    }

    /** The first {@code limit} rows of {@code schema.name} (SQLite's schema is {@code main}), in no set order. */
    public PreviewRows firstRows(String schema, String name, int limit) throws SQLException {
        // One row more than shown tells whether there are more.
        return query("SELECT * FROM " + SqlIdentifiers.qualified(schema, name) + " LIMIT " + (limit + 1),
                result -> rows(result, limit));
    }

    /** The exact number of rows of {@code schema.name}: {@code count(*)}, which reads the whole relation. */
    public long count(String schema, String name) throws SQLException {
        return query("SELECT count(*) FROM " + SqlIdentifiers.qualified(schema, name), result -> {
            result.next();
            return result.getLong(1);
        });
    }

    /** Stops the running query, or the next one if none has started yet. Safe from any thread. */
    public void cancel() throws SQLException {
        cancelled = true;
        Statement statement = running.get();
        if (statement != null) {
            statement.cancel();
        }
    }

    private interface Reading<T> {
        T read(ResultSet result) throws SQLException;
    }

    private <T> T query(String sql, Reading<T> reading) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            running.set(statement);
            if (cancelled) {
                throw new SQLException("cancelled before it started", "57014");
            }
            try (ResultSet result = statement.executeQuery(sql)) {
                return reading.read(result);
            } finally {
                running.set(null);
            }
        }
    }

    private static PreviewRows rows(ResultSet result, int limit) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        List<String> columns = new ArrayList<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
            columns.add(meta.getColumnLabel(column));
        }
        List<List<PreviewValue>> rows = new ArrayList<>();
        boolean more = false;
        while (result.next()) {
            if (rows.size() == limit) {
                more = true;
                break;
            }
            List<PreviewValue> row = new ArrayList<>(columns.size());
            for (int column = 1; column <= columns.size(); column++) {
                row.add(value(result, column));
            }
            rows.add(row);
        }
        return new PreviewRows(columns, rows, more);
    }

    private static PreviewValue value(ResultSet result, int column) throws SQLException {
        Object value = result.getObject(column);
        if (value == null) {
            return new PreviewValue.Null();
        }
        if (value instanceof byte[] bytes) {
            return new PreviewValue.Binary(bytes.length);
        }
        // The driver's text (PostgreSQL's own output for timestamps, arrays, json...), not Java's toString.
        return new PreviewValue.Text(result.getString(column));
    }
}
