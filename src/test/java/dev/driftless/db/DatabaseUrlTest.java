package dev.driftless.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlTest {

    @TempDir
    Path base;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgres://user:pass@db.example.com:6543/app       | db.example.com | 6543 | app       | false
            postgresql://user:pass@localhost/app               | localhost      | 5432 | app       | true
            POSTGRES://user@127.0.0.1/app                      | 127.0.0.1      | 5432 | app       | true
            postgres://u:p@[::1]:5433/app                      | ::1            | 5433 | app       | true
            postgres://alice@db.example.com                    | db.example.com | 5432 | alice     | false
            postgres://alice:secret@db.example.com/            | db.example.com | 5432 | alice     | false
            postgres:///app                                    | localhost      | 5432 | app       | true
            postgres://my%20user:p%40ss@host:5432              | host           | 5432 | my user   | false
            postgres://u:p@host/my%2Fdb                        | host           | 5432 | my/db     | false
            postgres://u@host/app?dbname=other                 | host           | 5432 | other     | false
            postgres://u@host/app?host=h2&port=7000            | h2             | 7000 | app       | false
            postgres://u@host/app?user=bob                     | host           | 5432 | app       | false
            postgres://host?user=bob                           | host           | 5432 | bob       | false
            postgres://u@host/app?sslmode=require&unknown=1    | host           | 5432 | app       | false
            postgres://u:p@host/app#fragment                   | host           | 5432 | app       | false
            """)
    void parsesPostgresForms(String url, String host, int port, String database, boolean local) {
        PostgresUrl parsed = (PostgresUrl) DatabaseUrl.parse(url);

        assertThat(parsed.kind()).isEqualTo(DatabaseUrl.Kind.POSTGRES);
        assertThat(parsed.host()).isEqualTo(host);
        assertThat(parsed.port()).isEqualTo(port);
        assertThat(parsed.databaseName()).isEqualTo(database);
        assertThat(parsed.isLocal()).isEqualTo(local);
    }

    @Test
    void postgresWithoutUserDefaultsToTheOsUserAndItsDatabase() {
        assertThat(DatabaseUrl.parse("postgres://host").databaseName()).isEqualTo(System.getProperty("user.name"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            sqlite://data.db           | data.db         | false | false
            sqlite:data.db             | data.db         | false | false
            sqlite://sub/dir/data.db   | sub/dir/data.db | false | false
            sqlite://my%20data.db      | my data.db      | false | false
            sqlite://data.db?mode=rwc  | data.db         | true  | false
            sqlite://data.db?mode=ro   | data.db         | false | true
            sqlite://data.db?mode=rw   | data.db         | false | false
            sqlite://data.db?mode=ro&mode=rwc | data.db  | true  | false
            """)
    void parsesSqliteFilesRelativeToTheBaseDirectory(String url, String relative, boolean create, boolean readOnly) {
        SqliteUrl parsed = (SqliteUrl) DatabaseUrl.parse(url, base);

        Path expected = base.resolve(relative).toAbsolutePath();
        assertThat(parsed.kind()).isEqualTo(DatabaseUrl.Kind.SQLITE);
        assertThat(parsed.file()).contains(expected);
        assertThat(parsed.databaseName()).isEqualTo(expected.toString());
        assertThat(parsed.createIfMissing()).isEqualTo(create);
        assertThat(parsed.readOnly()).isEqualTo(readOnly);
        assertThat(parsed.isLocal()).isTrue();
        assertThat(parsed.masked()).isEqualTo(url);
    }

    @Test
    void sqliteWithThreeSlashesIsAbsolute() {
        Path absolute = base.resolve("elsewhere/app.db").toAbsolutePath();

        SqliteUrl parsed = (SqliteUrl) DatabaseUrl.parse("sqlite://" + absolute, Path.of("unrelated"));

        assertThat(parsed.file()).contains(absolute);
    }

    @Test
    void relativeSqlitePathDefaultsToTheCurrentDirectory() {
        assertThat(((SqliteUrl) DatabaseUrl.parse("sqlite:app.db")).file())
                .contains(Path.of("app.db").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite::memory:", "sqlite://:memory:", "sqlite://data.db?mode=memory"})
    void inMemorySqliteHasNoFile(String url) {
        SqliteUrl parsed = (SqliteUrl) DatabaseUrl.parse(url, base);

        assertThat(parsed.file()).isEmpty();
        assertThat(parsed.databaseName()).isEqualTo(":memory:");
        assertThat(parsed.identity().isPersistent()).isFalse();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            mysql://u:p@h/db                       | is not supported
            '   '                                  | is empty
            postgres://u:p@h:99999/db              | has port "99999"
            postgres://u:p@h:abc/db                | has port "abc"
            postgres://u:p@%2Fvar%2Frun/db         | Unix-domain socket
            postgres://u:p@h/db?host=/var/run      | Unix-domain socket
            postgres://u:p@h/db?sslmode=sometimes  | sslmode=sometimes; use disable
            postgres://u:p@h/db?connect_timeout=x  | connect_timeout=x
            postgres://u:p%zz@h/db                 | percent-encoding in the password
            postgres://u%zz:p@h/db                 | percent-encoding in the user name
            postgres://u:p@h/db%ff                 | percent-encoding in the database name
            postgres://u:p@[::1/db                 | IPv6
            sqlite://                              | names no database file
            sqlite:                                | names no database file
            sqlite://x.db?mode=rwx                 | mode=rwx; use ro, rw, rwc or memory
            sqlite://x.db?cache=shared             | query parameter `cache`
            """)
    void rejectsBadUrlsNamingTheProblem(String url, String problem) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url, base))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("database URL ")
                .hasMessageContaining(problem);
    }

    @Test
    void errorNamesTheUrl() {
        assertThatThrownBy(() -> DatabaseUrl.parse("postgres://u@h:0/db"))
                .hasMessage("database URL postgres://u@h:0/db has port \"0\"; use a number from 1 to 65535");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgres://u:hunter2@h/db                               | postgres://u:****@h/db
            postgresql://u:hunter2@h:6000/db?sslmode=require        | postgresql://u:****@h:6000/db?sslmode=require
            postgres://u:hunter%232@h/db                            | postgres://u:****@h/db
            postgres://u@h/db?password=hunter2&sslmode=disable      | postgres://u@h/db?password=****&sslmode=disable
            postgres://u@h/db                                       | postgres://u@h/db
            postgres://h:5/db?sslmode=require                       | postgres://h:5/db?sslmode=require
            sqlite://data.db?mode=rwc                               | sqlite://data.db?mode=rwc
            """)
    void maskReplacesOnlyThePassword(String url, String masked) {
        DatabaseUrl parsed = DatabaseUrl.parse(url, base);

        assertThat(parsed.masked()).isEqualTo(masked);
        assertThat(parsed.toString()).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "postgres://u:hunter2@h/db",
            "postgres://u:hunter2@h/db?password=hunter2",
            "postgres://u:hunter2@h/db?application_name=a@b",
            "postgres://u:hunter2@h/db#hunter2-not-a-password-but-dropped"})
    void maskHidesPasswordEverywhere(String url) {
        PostgresUrl parsed = (PostgresUrl) DatabaseUrl.parse(url);

        assertThat(parsed.masked()).doesNotContain("hunter2").contains("****");
        assertThat(parsed.toString()).doesNotContain("hunter2");
        assertThat(parsed.withDatabase("postgres").masked()).doesNotContain("hunter2");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "mysql://u:hunter2@h/db",
            "postgres://u:hunter2@h:badport/db",
            "postgres://u:hun/ter2@h/db",
            "postgres://u:hun?ter2@h:x/db",
            "postgres://u:hunter2%zz@h/db",
            "postgres://u:hunter2@h/db?sslmode=bad",
            "postgres://u:hunter2@%2Ftmp/db",
            "postgres://u@h:badport/db?password=hunter2",
            "postgres://u@h/db?password=hunter2&port=0"})
    void parseErrorsNeverShowThePassword(String url) {
        assertThatThrownBy(() -> DatabaseUrl.parse(url))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .doesNotContain("hunter2").doesNotContain("hun/ter2").doesNotContain("ter2")
                        .contains("****"));
    }

    @Test
    void scrubRemovesThePasswordInEveryForm() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://u:p%40ss%20word@h/db");

        String scrubbed = url.scrub("failed for p@ss word, p%40ss%20word and p%40ss%20word again");

        assertThat(scrubbed).isEqualTo("failed for ****, **** and **** again");
    }

    @Test
    void scrubLeavesMessagesAloneWithoutPassword() {
        assertThat(DatabaseUrl.parse("postgres://u@h/db").scrub("u at h")).isEqualTo("u at h");
        assertThat(DatabaseUrl.parse("sqlite::memory:").scrub("oops")).isEqualTo("oops");
    }

    @Test
    void withDatabaseKeepsServerCredentialsAndOptions() {
        PostgresUrl url = (PostgresUrl) DatabaseUrl.parse(
                "postgres://u:secret@db.example.com:6000/app?sslmode=require&dbname=app");

        PostgresUrl maintenance = url.withDatabase("my \"odd\" db");

        assertThat(maintenance.databaseName()).isEqualTo("my \"odd\" db");
        assertThat(maintenance.host()).isEqualTo("db.example.com");
        assertThat(maintenance.port()).isEqualTo(6000);
        assertThat(maintenance.masked())
                .isEqualTo("postgres://u:****@db.example.com:6000/my%20%22odd%22%20db?sslmode=require");
        assertThat(maintenance.scrub("secret")).isEqualTo("****");
    }

    @Test
    void urlsReachingTheSameDatabaseTheSameWayAreEqual() {
        assertThat(DatabaseUrl.parse("postgresql://u:p@Host:5432/app"))
                .isEqualTo(DatabaseUrl.parse("postgres://u:p@Host/app#ignored"))
                .isNotEqualTo(DatabaseUrl.parse("postgres://u:other@Host/app"))
                .isNotEqualTo(DatabaseUrl.parse("postgres://u:p@Host/app?sslmode=require"));
        assertThat(DatabaseUrl.parse("sqlite://app.db", base)).isEqualTo(DatabaseUrl.parse("sqlite:./app.db", base))
                .isNotEqualTo(DatabaseUrl.parse("sqlite://app.db?mode=rwc", base));
        assertThat(DatabaseUrl.parse("postgres://u:p@h/app").hashCode())
                .isEqualTo(DatabaseUrl.parse("postgresql://u:p@h:5432/app").hashCode());
    }

    @Test
    void oneDatabaseHasOneIdentityWhateverTheCredentialsOrMode() {
        assertThat(DatabaseUrl.parse("postgres://alice:a@DB.example.com/app").identity())
                .isEqualTo(DatabaseUrl.parse("postgres://bob@db.example.com:5432/app?sslmode=require").identity())
                .hasToString("postgres://db.example.com:5432/app")
                .isNotEqualTo(DatabaseUrl.parse("postgres://alice@db.example.com/other").identity());
        assertThat(DatabaseUrl.parse("sqlite://app.db?mode=rwc", base).identity())
                .isEqualTo(DatabaseUrl.parse("sqlite://" + base.resolve("app.db"), base).identity())
                .hasToString("sqlite:" + base.resolve("app.db").toAbsolutePath().normalize());
    }

    @Test
    void connectToMissingSqliteFileFailsWithoutCreatingIt() {
        Path file = base.resolve("missing.db");
        DatabaseUrl url = DatabaseUrl.parse("sqlite://missing.db", base);

        assertThatThrownBy(url::connect)
                .isInstanceOf(SQLException.class)
                .hasMessage("database file " + file.toAbsolutePath() + " does not exist")
                .satisfies(e -> assertThat(DatabaseErrors.isMissingDatabase((SQLException) e)).isTrue());
        assertThat(file).doesNotExist();
    }

    @Test
    void connectWithModeRwcCreatesTheSqliteFile() throws Exception {
        DatabaseUrl url = DatabaseUrl.parse("sqlite://fresh.db?mode=rwc", base);

        url.connect().close();

        assertThat(base.resolve("fresh.db")).exists();
    }

    @Test
    void sqliteConnectionsEnforceForeignKeysAndWait() throws Exception {
        try (var connection = DatabaseUrl.parse("sqlite::memory:").connect();
             var statement = connection.createStatement()) {
            try (var result = statement.executeQuery("PRAGMA foreign_keys")) {
                assertThat(result.getInt(1)).isEqualTo(1);
            }
            try (var result = statement.executeQuery("PRAGMA busy_timeout")) {
                assertThat(result.getInt(1)).isEqualTo(5000);
            }
        }
    }

    @Test
    void readOnlySqliteRefusesWrites() throws Exception {
        DatabaseUrl.parse("sqlite://ro.db?mode=rwc", base).connect().close();

        try (var connection = DatabaseUrl.parse("sqlite://ro.db?mode=ro", base).connect();
             var statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("CREATE TABLE t (x INTEGER)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("readonly");
        }
        assertThat(Files.size(base.resolve("ro.db"))).isZero();
    }
}
