package dev.driftless.cli;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.testing.TestDatabase;
import dev.driftless.testing.TestFolders;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** `driftless ledger ...` as a person uses it: SQL first, a question, the change, and undo. */
class LedgerRepairCommandTest {
    @TempDir
    Path project;

    private String url;

    private void setUp(TestDatabase database) throws IOException {
        url = database.freshUrl(project);
        migration("1_create_users.sql", "CREATE TABLE users (id INTEGER);\n");
        migration("2_create_orders.sql", "CREATE TABLE orders (id INTEGER);\n");
        assertThat(cli("", "migrate", "run").exitCode()).isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void restampShowsTheSqlAndChangesNothingWhenDeclined(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_create_users.sql", "CREATE TABLE users (id INTEGER, name TEXT);\n");

        CliRun declined = cli("n\n", "ledger", "restamp", "1");

        assertThat(declined.exitCode()).isEqualTo(1);
        assertThat(declined.out()).startsWith("UPDATE _sqlx_migrations SET checksum = ").contains(" WHERE version = 1;");
        assertThat(declined.err()).contains("Apply this change? (y/N) ").contains("nothing changed");
        assertThat(info()).contains("1/installed (different checksum) create users");
        assertThat(journalFiles()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void restampAcceptedThenUndoneRestoresTheDrift(TestDatabase database) throws Exception {
        setUp(database);
        migration("1_create_users.sql", "CREATE TABLE users (id INTEGER, name TEXT);\n");

        CliRun accepted = cli("y\n", "ledger", "restamp", "1");

        assertThat(accepted.exitCode()).as(accepted.err()).isZero();
        assertThat(accepted.out()).contains("Done: accept the changed file of migration 1 (create users): checksum ");
        assertThat(accepted.err()).contains("`driftless ledger undo` reverses it");
        assertThat(info()).contains("1/installed create users");
        assertThat(journalFiles()).hasSize(1);

        CliRun undone = cli("", "ledger", "undo", "--yes");

        assertThat(undone.exitCode()).as(undone.err()).isZero();
        assertThat(undone.out()).startsWith("UPDATE _sqlx_migrations SET checksum = ")
                .contains("Done: undo accept the changed file of migration 1");
        assertThat(info()).contains("1/installed (different checksum) create users");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void forgetWithYesAsksNothingAndUndoReinsertsTheRow(TestDatabase database) throws Exception {
        setUp(database);
        Files.delete(project.resolve("migrations/2_create_orders.sql"));

        CliRun forgot = cli("", "ledger", "forget", "2", "-y");

        assertThat(forgot.exitCode()).as(forgot.err()).isZero();
        assertThat(forgot.out()).startsWith("DELETE FROM _sqlx_migrations WHERE version = 2;");
        assertThat(forgot.err()).doesNotContain("Apply this change?");
        assertThat(cli("", "migrate", "run").exitCode()).as("runs go on once the missing row is gone").isZero();

        CliRun undone = cli("y\n", "ledger", "undo");

        assertThat(undone.exitCode()).as(undone.err()).isZero();
        assertThat(undone.out()).startsWith("INSERT INTO _sqlx_migrations (version, description, installed_on, "
                + "success, checksum, execution_time) VALUES (2, 'create orders', ");
        assertThat(cli("", "migrate", "run").err()).contains("migration 2 was previously applied but is missing");
        assertThat(cli("", "ledger", "undo", "-y").err())
                .contains("error: no ledger repair of ").contains(" to undo in " + project.resolve("journal"));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void clearFailedUnblocksRunsAndIsRefusedOnAHealthyRow(TestDatabase database) throws Exception {
        setUp(database);
        CliRun refused = cli("y\n", "ledger", "clear-failed", "2");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("error: cannot clear the failed row of migration 2: it is applied")
                .contains("hint: its file matches the ledger: there is nothing to repair");
        assertThat(refused.out()).isEmpty();

        try (Connection connection = DatabaseUrl.parse(url, project).connect();
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE _sqlx_migrations SET success = (1 = 0) WHERE version = 2");
        }
        assertThat(cli("", "migrate", "run").err()).contains("migration 2 is partially applied");

        CliRun cleared = cli("yes\n", "ledger", "clear-failed", "2");

        assertThat(cleared.exitCode()).as(cleared.err()).isZero();
        assertThat(info()).contains("2/pending create orders");
    }

    private List<String> journalFiles() throws IOException {
        Path journal = project.resolve("journal");
        if (!Files.isDirectory(journal)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(journal)) {
            return files.map(Path::toString).toList();
        }
    }

    private String info() {
        return cli("", "migrate", "info").out();
    }

    private void migration(String name, String content) throws IOException {
        TestFolders.migration(project, name, content);
    }

    private CliRun cli(String input, String... args) {
        List<String> withOptions = new ArrayList<>(List.of(args));
        withOptions.addAll(List.of("-D", url));
        if (args[0].equals("ledger")) {
            withOptions.addAll(List.of("--repair-journal", "journal"));
        }
        return CliRun.in(project, Map.of(), input, withOptions.toArray(String[]::new));
    }
}
