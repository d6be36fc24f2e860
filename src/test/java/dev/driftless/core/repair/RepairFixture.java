package dev.driftless.core.repair;

import dev.driftless.cli.CliTestSupport;
import dev.driftless.core.engine.MigrateException;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.TestDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A project with two applied migrations on a fresh database, and ways to break and inspect its ledger. */
final class RepairFixture implements AutoCloseable {
    final Path folder;
    final DatabaseUrl url;
    final Connection connection;

    RepairFixture(TestDatabase database, Path folder) throws IOException, SQLException {
        this.folder = folder;
        String rawUrl = database.freshUrl(folder);
        this.url = DatabaseUrl.parse(rawUrl, folder);
        write("1_create_users.sql", "CREATE TABLE users (id INTEGER);\n");
        write("2_create_orders.sql", "CREATE TABLE orders (id INTEGER);\n");
        CliTestSupport.run(folder, "migrate", "run", "-D", rawUrl);
        this.connection = url.connect();
    }

    Project project() {
        return Project.open(folder, null);
    }

    RepairPlanner planner(Duration lockTimeout) {
        return new RepairPlanner(project().migrator(url, lockTimeout), lockTimeout);
    }

    LedgerRepair plan(RepairKind kind, long version) throws MigrateException {
        return planner(Duration.ofSeconds(5)).plan(connection, project().readMigrations(), kind, version);
    }

    void write(String name, String sql) throws IOException {
        Files.createDirectories(folder.resolve("migrations"));
        Files.writeString(folder.resolve("migrations").resolve(name), sql);
    }

    void delete(String name) throws IOException {
        Files.delete(folder.resolve("migrations").resolve(name));
    }

    void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Every column of every row as stored: its JDBC type and its text (checksums in hex). */
    List<String> ledger() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT version, description, installed_on, success, checksum, "
                     + "execution_time FROM _sqlx_migrations ORDER BY version")) {
            while (result.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= 6; column++) {
                    Object value = result.getObject(column);
                    row.append(value.getClass().getSimpleName()).append(':')
                            .append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : result.getString(column))
                            .append(' ');
                }
                rows.add(row.toString().strip());
            }
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
