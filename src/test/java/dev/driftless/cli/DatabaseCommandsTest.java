package dev.driftless.cli;

import dev.driftless.testing.TestDatabase;
import dev.driftless.testing.TestFolders;
import dev.driftless.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseCommandsTest {
    @TempDir
    Path project;

    @Test
    void sqliteCreateSetupResetAndDrop() throws IOException {
        migration("1_users.sql", "CREATE TABLE users (id INTEGER);");
        String url = "sqlite://app.db";
        Path file = project.resolve("app.db");

        assertThat(CliRun.in(project, "database", "create", "-D", url).exitCode()).isZero();
        assertThat(file).exists();

        CliRun setup = CliRun.in(project, "database", "setup", "-D", url);
        assertThat(setup.out()).startsWith("Applied 1/migrate users");

        CliRun reset = CliRun.in(project, "database", "reset", "-y", "-D", url);
        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(reset.out()).startsWith("Applied 1/migrate users");

        assertThat(CliRun.in(project, "database", "drop", "-y", "-D", url).exitCode()).isZero();
        assertThat(file).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"create, , wal", "create, true, wal", "create, false, delete", "setup, false, delete",
            "reset, false, delete", "reset, true, wal"})
    void sqliteCreateDbWalChoosesTheJournalModeOfANewFile(String verb, String flag, String journalMode)
            throws Exception {
        migration("1_users.sql", "CREATE TABLE users (id INTEGER);");
        List<String> args = new ArrayList<>(List.of("database", verb, "-y", "-D", "sqlite://app.db"));
        if (verb.equals("create") || verb.equals("setup")) {
            args.remove("-y");
        }
        if (flag != null) {
            args.addAll(List.of("--sqlite-create-db-wal", flag));
        }

        CliRun run = CliRun.in(project, args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + project.resolve("app.db"));
             ResultSet mode = connection.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertThat(mode.next()).isTrue();
            assertThat(mode.getString(1)).isEqualTo(journalMode);
        }
    }

    @Test
    void aDatabaseThatDoesNotExistIsNamedWithHowToCreateIt() throws IOException {
        migration("1_users.sql", "CREATE TABLE users (id INTEGER);");

        CliRun info = CliRun.in(project, "migrate", "info", "-D", "sqlite://nope.db");

        assertThat(info.exitCode()).isOne();
        assertThat(info.err()).isEqualTo("error: cannot connect to sqlite://nope.db: database file "
                + project.resolve("nope.db") + " does not exist\n"
                + "hint: `driftless database create` creates it (a SQLite URL may also say ?mode=rwc)\n");
    }

    @Test
    void sqliteCreateDbWalTakesTrueOrFalse() {
        CliRun run = CliRun.in(project, "database", "create", "-D", "sqlite://app.db", "--sqlite-create-db-wal", "maybe");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(project.resolve("app.db")).doesNotExist();
    }

    @Test
    void dropAsksAndKeepsTheDatabaseUnlessConfirmed() throws IOException {
        Files.createFile(project.resolve("keep.db"));

        CliRun declined = CliRun.in(project, Map.of(), "n\n", "database", "drop", "-D", "sqlite://keep.db");
        assertThat(declined.exitCode()).isOne();
        assertThat(declined.err()).contains("Drop database at sqlite://keep.db? (y/N)").contains("not dropped");
        assertThat(project.resolve("keep.db")).exists();

        CliRun confirmed = CliRun.in(project, Map.of(), "y\n", "database", "drop", "-D", "sqlite://keep.db");
        assertThat(confirmed.exitCode()).isZero();
        assertThat(project.resolve("keep.db")).doesNotExist();
    }

    @Test
    void dropAndResetRefuseWhatIsNotASqliteDatabaseAndChangeNothing() throws IOException {
        migration("1_users.sql", "CREATE TABLE users (id INTEGER);");
        Path notes = Files.writeString(project.resolve("notes.txt"), "remember the milk\n");
        Path folder = Files.createDirectory(project.resolve("empty"));

        for (String verb : new String[] {"drop", "reset"}) {
            CliRun onText = CliRun.in(project, "database", verb, "-y", "-D", "sqlite://" + notes);
            assertThat(onText.exitCode()).isOne();
            assertThat(onText.err()).isEqualTo("error: cannot drop sqlite://" + notes + ": " + notes
                    + " is not a SQLite database (it does not start with \"SQLite format 3\"); nothing was deleted\n");
            assertThat(onText.out()).isEmpty();
            assertThat(notes).hasContent("remember the milk");

            CliRun onFolder = CliRun.in(project, "database", verb, "-y", "-D", "sqlite://" + folder);
            assertThat(onFolder.exitCode()).isOne();
            assertThat(onFolder.err()).contains(folder + " is a directory, not a SQLite database; nothing was deleted");
            assertThat(folder).isEmptyDirectory();
        }
    }

    @Test
    void dropOfAMissingSqliteFileSucceedsAsInSqlx() {
        CliRun drop = CliRun.in(project, "database", "drop", "-y", "-D", "sqlite://never.db");

        assertThat(drop.exitCode()).as(drop.err()).isZero();
        assertThat(drop.all()).isEmpty();
        assertThat(project.resolve("never.db")).doesNotExist();
    }

    @Test
    void postgresCreateAndForceDrop() throws Exception {
        String name = TestPostgres.createDatabase() + "_cli";
        String url = TestPostgres.url(name);
        assertThat(CliRun.in(project, "database", "create", "-D", url).exitCode()).isZero();
        assertThat(databaseExists(name)).isTrue();
        try (Connection open = TestPostgres.connect(name)) {
            CliRun drop = CliRun.in(project, "database", "drop", "-y", "-f", "-D", url);
            assertThat(drop.exitCode()).as(drop.err()).isZero();
        }
        assertThat(databaseExists(name)).isFalse();
    }

    @Test
    void databaseUrlComesFromDotenvInAParentFolderUnlessDisabled() throws IOException {
        Path nested = Files.createDirectories(project.resolve("crates/app"));
        Files.writeString(project.resolve(".env"), "DATABASE_URL=" + TestDatabase.SQLITE.freshUrl(project) + "\n");
        Files.createDirectories(nested.resolve("migrations"));
        Files.writeString(nested.resolve("migrations/1_users.sql"), "CREATE TABLE users (id INTEGER);");

        CliRun run = CliRun.in(nested, "migrate", "run");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Applied 1/migrate users");

        CliRun noDotenv = CliRun.in(nested, "migrate", "info", "--no-dotenv");
        assertThat(noDotenv.exitCode()).isOne();
        assertThat(noDotenv.err()).isEqualTo("error: --database-url or DATABASE_URL must be set\n");
    }

    private static boolean databaseExists(String name) throws Exception {
        try (Connection admin = TestPostgres.connect("postgres"); Statement statement = admin.createStatement();
             ResultSet result = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return result.next();
        }
    }

    private void migration(String name, String content) throws IOException {
        TestFolders.migration(project, name, content);
    }
}
