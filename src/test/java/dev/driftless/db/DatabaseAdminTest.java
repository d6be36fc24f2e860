package dev.driftless.db;

import dev.driftless.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseAdminTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @TempDir
    Path directory;

    @Test
    void sqliteCreateMakesTheFileAndItsFoldersInWalMode() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://nested/dir/app.db", directory);
        assertThat(DatabaseAdmin.exists(url)).isFalse();

        DatabaseAdmin.create(url);

        assertThat(directory.resolve("nested/dir/app.db")).isRegularFile();
        assertThat(DatabaseAdmin.exists(url)).isTrue();
        assertThat(queryString(url, "PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void sqliteCreateWithoutWalKeepsTheRollbackJournal() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://app.db", directory);

        DatabaseAdmin.create(url, false);

        assertThat(directory.resolve("app.db")).isRegularFile();
        assertThat(queryString(url, "PRAGMA journal_mode")).isEqualTo("delete");
    }

    @Test
    void sqliteCreateKeepsAnExistingDatabase() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://app.db", directory);
        DatabaseAdmin.create(url);
        execute(url, "CREATE TABLE kept (id INTEGER)");

        DatabaseAdmin.create(url);

        assertThat(queryString(url, "SELECT name FROM sqlite_master WHERE type = 'table'")).isEqualTo("kept");
    }

    @Test
    void sqliteDropDeletesTheFileAndItsSiblingsAndDriftlessLockFile() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://app.db", directory);
        DatabaseAdmin.create(url);
        for (String suffix : new String[] {"-wal", "-shm", "-journal", "-driftless.lock"}) {
            Files.writeString(directory.resolve("app.db" + suffix), "left over");
        }
        Files.writeString(directory.resolve("app.db.bak"), "not ours");

        DatabaseAdmin.drop(url, false);

        assertThat(DatabaseAdmin.exists(url)).isFalse();
        try (var files = Files.list(directory)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("app.db.bak");
        }
    }

    @Test
    void sqliteDropOfAMissingFileDoesNothing() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://never.db", directory);

        DatabaseAdmin.drop(url, true);

        assertThat(DatabaseAdmin.exists(url)).isFalse();
    }

    @Test
    void sqliteDropRefusesAFileThatIsNotADatabaseAndDeletesNothing() throws Exception {
        Path notes = Files.writeString(directory.resolve("notes.txt"), "remember the milk\n");
        Files.writeString(directory.resolve("notes.txt-wal"), "not a log either");
        DatabaseUrl url = DatabaseUrl.parse("sqlite://notes.txt", directory);

        assertThatThrownBy(() -> DatabaseAdmin.drop(url, true))
                .isInstanceOf(SQLException.class)
                .hasMessage(notes + " is not a SQLite database (it does not start with \"SQLite format 3\");"
                        + " nothing was deleted");

        assertThat(notes).hasContent("remember the milk");
        assertThat(directory.resolve("notes.txt-wal")).exists();
    }

    @Test
    void sqliteDropRefusesADirectoryEvenAnEmptyOne() throws Exception {
        Path folder = Files.createDirectory(directory.resolve("app.db"));
        DatabaseUrl url = DatabaseUrl.parse("sqlite://app.db", directory);

        assertThatThrownBy(() -> DatabaseAdmin.drop(url, false))
                .isInstanceOf(SQLException.class)
                .hasMessage(folder + " is a directory, not a SQLite database; nothing was deleted");

        assertThat(folder).isDirectory();
    }

    @Test
    void sqliteDropRefusesAFileShorterThanTheHeader() throws Exception {
        Path stub = Files.write(directory.resolve("app.db"), "SQLite".getBytes());
        DatabaseUrl url = DatabaseUrl.parse("sqlite://app.db", directory);

        assertThatThrownBy(() -> DatabaseAdmin.drop(url, false)).hasMessageContaining("is not a SQLite database");

        assertThat(stub).exists();
    }

    @Test
    void sqliteDropDeletesAnEmptyFileWhichSqliteOpensAsAnEmptyDatabase() throws Exception {
        Path empty = Files.createFile(directory.resolve("app.db"));
        DatabaseUrl url = DatabaseUrl.parse("sqlite://app.db", directory);
        assertThat(queryString(url, "SELECT count(*) FROM sqlite_master")).isEqualTo("0");

        DatabaseAdmin.drop(url, false);

        assertThat(empty).doesNotExist();
    }

    @Test
    void inMemorySqliteAlwaysExistsAndIgnoresCreateAndDrop() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("sqlite::memory:");

        DatabaseAdmin.create(url);
        DatabaseAdmin.drop(url, true);

        assertThat(DatabaseAdmin.exists(url)).isTrue();
    }

    @Test
    void postgresCreateExistsDrop() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(TestPostgres.url(uniqueName()));
        assertThat(DatabaseAdmin.exists(url)).isFalse();

        DatabaseAdmin.create(url);
        assertThat(DatabaseAdmin.exists(url)).isTrue();
        assertThat(queryString(url, "SELECT current_database()")).isEqualTo(url.databaseName());

        DatabaseAdmin.drop(url, false);
        assertThat(DatabaseAdmin.exists(url)).isFalse();
    }

    @Test
    void postgresCreateFailsWhenTheDatabaseExists() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(TestPostgres.url(uniqueName()));
        DatabaseAdmin.create(url);

        assertThatThrownBy(() -> DatabaseAdmin.create(url))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("already exists");
        DatabaseAdmin.drop(url, false);
    }

    @Test
    void postgresDropOfAMissingDatabaseDoesNothing() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(TestPostgres.url(uniqueName()));

        DatabaseAdmin.drop(url, false);

        assertThat(DatabaseAdmin.exists(url)).isFalse();
    }

    @Test
    void postgresNameNeedingQuotesWorks() throws Exception {
        String name = "odd \"Name\"-" + NAMES.incrementAndGet();
        String encoded = name.replace(" ", "%20").replace("\"", "%22");
        DatabaseUrl url = DatabaseUrl.parse(TestPostgres.url(encoded));
        assertThat(url.databaseName()).isEqualTo(name);

        DatabaseAdmin.create(url);
        assertThat(DatabaseAdmin.exists(url)).isTrue();
        assertThat(queryString(url, "SELECT current_database()")).isEqualTo(name);

        DatabaseAdmin.drop(url, false);
        assertThat(DatabaseAdmin.exists(url)).isFalse();
    }

    @Test
    void postgresForceDropEndsOtherSessions() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse(TestPostgres.url(uniqueName()));
        DatabaseAdmin.create(url);

        try (Connection other = url.connect()) {
            assertThatThrownBy(() -> DatabaseAdmin.drop(url, false))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("is being accessed by other users");

            DatabaseAdmin.drop(url, true);

            assertThat(DatabaseAdmin.exists(url)).isFalse();
            assertThat(other.isValid(2)).isFalse();
        }
    }

    @Test
    void postgresMaintenanceWorksOnThePostgresDatabaseItself() throws Exception {
        // Targeting "postgres" makes the maintenance connection go to template1.
        assertThat(DatabaseAdmin.exists(DatabaseUrl.parse(TestPostgres.url("postgres")))).isTrue();
    }

    @Test
    void postgresConnectPassesQueryOptionsToTheDriver() throws Exception {
        String database = TestPostgres.createDatabase();
        DatabaseUrl url = DatabaseUrl.parse(TestPostgres.url(database)
                + "?sslmode=disable&application_name=driftless-test&options=-c%20search_path%3Dmine&connect_timeout=5");

        assertThat(queryString(url, "SELECT current_setting('application_name')")).isEqualTo("driftless-test");
        assertThat(queryString(url, "SELECT current_setting('search_path')")).isEqualTo("mine");
    }

    private static String uniqueName() {
        return "admin_" + ProcessHandle.current().pid() + "_" + NAMES.incrementAndGet();
    }

    private static String queryString(DatabaseUrl url, String sql) throws SQLException {
        try (Connection connection = url.connect();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static void execute(DatabaseUrl url, String sql) throws SQLException {
        try (Connection connection = url.connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
