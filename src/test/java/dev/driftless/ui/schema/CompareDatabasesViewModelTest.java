package dev.driftless.ui.schema;

import dev.driftless.cli.CliTestSupport;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.TestFolders;
import dev.driftless.testing.TestPostgres;
import dev.driftless.testing.TestWorkspaces;
import dev.driftless.ui.schema.CompareDatabasesViewModel.LedgerPair;
import dev.driftless.ui.settings.NamedConnection;
import dev.driftless.ui.settings.Settings;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** Two real databases of one project side by side: their ledgers and how their schemas differ. */
class CompareDatabasesViewModelTest {
    @TempDir
    Path project;

    private final WorkspaceViewModel workspace = TestWorkspaces.synchronous();

    @Test
    void twoSqliteFilesShowBothLedgersAndTheSchemaDifferences() throws Exception {
        writeMigrations();
        String here = "sqlite://" + project.resolve("here.db") + "?mode=rwc";
        String there = "sqlite://" + project.resolve("there.db") + "?mode=rwc";
        CliTestSupport.run(project, "migrate", "run", "-D", here, "--target-version", "1");
        CliTestSupport.run(project, "migrate", "run", "-D", there);
        try (Connection connection = DatabaseUrl.parse(there).connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE audit (id INTEGER PRIMARY KEY)");
        }
        CompareDatabasesViewModel compare = opened(here, new Settings());
        compare.otherUrlProperty().set(there);

        compare.compare();

        assertThat(compare.errorProperty().get()).isEmpty();
        assertThat(compare.ledgers()).containsExactly(
                new LedgerPair(1, "users", "applied", "applied", false),
                new LedgerPair(2, "orders", "pending", "applied", true));
        assertThat(compare.differences()).containsExactly(
                "table main.audit: in the other database, not in this database",
                "table main.orders: in the other database, not in this database");
        assertThat(compare.summaryProperty().get()).contains("This database: " + DatabaseUrl.parse(here).masked(),
                "Different: 1 migration stands differently, 2 schema differences.");
    }

    @Test
    void aSavedPostgresConnectionGetsItsPasswordAndNoPasswordIsShown() throws Exception {
        writeMigrations();
        String here = TestPostgres.freshDatabaseUrl();
        String there = TestPostgres.freshDatabaseUrl();
        CliTestSupport.run(project, "migrate", "run", "-D", here);
        CliTestSupport.run(project, "migrate", "run", "-D", there);
        Settings settings = new Settings();
        settings.putConnection(project, NamedConnection.of("staging", DatabaseUrl.parse(there), "#22aa44"));
        CompareDatabasesViewModel compare = opened(here, settings);

        compare.choose(compare.savedConnections().get(0));
        compare.passwordProperty().set("postgres");
        compare.compare();

        assertThat(compare.errorProperty().get()).isEmpty();
        assertThat(compare.ledgers()).extracting(LedgerPair::differs).containsOnly(false);
        assertThat(compare.summaryProperty().get()).contains("The same: the ledgers stand the same, the schemas are "
                + "the same.").contains("postgres:****@").doesNotContain(":postgres@");
    }

    @Test
    void aSqliteFileIsNotComparedWithPostgres() throws Exception {
        writeMigrations();
        CompareDatabasesViewModel compare = opened("sqlite://" + project.resolve("here.db") + "?mode=rwc",
                new Settings());
        compare.otherUrlProperty().set("postgres://app:secret@localhost:1/app");

        compare.compare();

        assertThat(compare.errorProperty().get()).endsWith("with postgres://app:****@localhost:1/app: one is "
                + "PostgreSQL, the other SQLite.");
        assertThat(compare.ledgers()).isEmpty();
    }

    private void writeMigrations() throws Exception {
        TestFolders.migration(project, "1_users.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        TestFolders.migration(project, "2_orders.sql", "CREATE TABLE orders (id INTEGER PRIMARY KEY);\n");
    }

    private CompareDatabasesViewModel opened(String url, Settings settings) {
        workspace.open(Project.open(project, null), DatabaseUrl.parse(url));
        return new CompareDatabasesViewModel(workspace, BackgroundExecutor.immediate(), settings);
    }
}
