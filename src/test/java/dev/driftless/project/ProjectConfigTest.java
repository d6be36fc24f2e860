package dev.driftless.project;

import dev.driftless.db.ConfigException;
import dev.driftless.project.ProjectConfig.MigrationTypeDefault;
import dev.driftless.project.ProjectConfig.VersioningDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectConfigTest {

    @TempDir
    Path project;

    @Test
    void projectWithoutSqlxTomlGetsSqlxDefaults() {
        ProjectConfig config = ProjectConfig.load(project);

        assertThat(config).isEqualTo(ProjectConfig.defaults(project));
        assertThat(config.tableName()).isEqualTo("_sqlx_migrations");
        assertThat(config.migrationsDir()).isEqualTo(project.resolve("migrations"));
        assertThat(config.ignoredChars()).isEmpty();
        assertThat(config.createSchemas()).isEmpty();
        assertThat(config.migrationType()).isEqualTo(MigrationTypeDefault.INFERRED);
        assertThat(config.migrationVersioning()).isEqualTo(VersioningDefault.INFERRED);
        assertThat(config.databaseUrlVar()).isEqualTo("DATABASE_URL");
    }

    @Test
    void emptyFileGivesDefaults() throws IOException {
        write("");

        assertThat(ProjectConfig.load(project)).isEqualTo(ProjectConfig.defaults(project));
    }

    @Test
    void readsEveryKey() throws IOException {
        write("""
                [common]
                database-url-var = "APP_DATABASE_URL"

                [macros.preferred-crates]
                date-time = "chrono"

                [migrate]
                table-name = "app._sqlx_migrations"
                migrations-dir = "db/migrations"
                ignored-chars = ["\\r", "\\uFEFF"]
                create-schemas = ["app", "audit"]

                [migrate.defaults]
                migration-type = "reversible"
                migration-versioning = "sequential"
                """);

        ProjectConfig config = ProjectConfig.load(project);

        assertThat(config.tableName()).isEqualTo("app._sqlx_migrations");
        assertThat(config.migrationsDir()).isEqualTo(project.resolve("db/migrations"));
        assertThat(config.ignoredChars()).containsExactly("\r", "\uFEFF");
        assertThat(config.createSchemas()).containsExactly("app", "audit");
        assertThat(config.migrationType()).isEqualTo(MigrationTypeDefault.REVERSIBLE);
        assertThat(config.migrationVersioning()).isEqualTo(VersioningDefault.SEQUENTIAL);
        assertThat(config.databaseUrlVar()).isEqualTo("APP_DATABASE_URL");
    }

    @Test
    void absentKeysKeepTheirDefaultsNextToPresentOnes() throws IOException {
        write("""
                [migrate.defaults]
                migration-versioning = "timestamp"
                """);

        ProjectConfig config = ProjectConfig.load(project);

        assertThat(config.migrationVersioning()).isEqualTo(VersioningDefault.TIMESTAMP);
        assertThat(config.migrationType()).isEqualTo(MigrationTypeDefault.INFERRED);
        assertThat(config.tableName()).isEqualTo("_sqlx_migrations");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            [migrate]\\ntable-name = "unterminated                 | not valid TOML
            [migrate]\\ntable-name = 3                             | [migrate] table-name must be a string
            [migrate]\\nmigrations-dir = ["a"]                     | [migrate] migrations-dir must be a string
            [migrate]\\nignored-chars = "\\r"                      | [migrate] ignored-chars must be an array of strings
            [migrate]\\ncreate-schemas = [1]                       | [migrate] create-schemas must be an array of strings
            [migrate]\\nignored-chars = ["ab"]                     | [migrate] ignored-chars: entry "ab" must be exactly one character
            migrate = 1                                             | [migrate] must be a table
            [migrate]\\ndefaults = "x"                             | [migrate.defaults] must be a table
            [migrate.defaults]\\nmigration-type = "both"           | [migrate.defaults] migration-type = "both" is not allowed; use one of "inferred", "simple", "reversible"
            [migrate.defaults]\\nmigration-type = "Simple"         | migration-type = "Simple" is not allowed
            [migrate.defaults]\\nmigration-versioning = "semver"   | [migrate.defaults] migration-versioning = "semver" is not allowed; use one of "inferred", "timestamp", "sequential"
            [common]\\ndatabase-url-var = ""                       | [common] database-url-var must not be empty
            """)
    void badFileIsReportedWithFileAndKey(String toml, String problem) throws IOException {
        Path file = write(toml.replace("\\n", "\n").replace("\\\\r", "\\r"));

        assertThatThrownBy(() -> ProjectConfig.load(project))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void malformedTomlNamesTheLine() throws IOException {
        write("[migrate]\ntable-name = \"ok\"\nmigrations-dir = = \"x\"\n");

        assertThatThrownBy(() -> ProjectConfig.load(project))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid TOML")
                .hasMessageContaining("line 3");
    }

    @Test
    void acceptsEveryTableAndKeyOfSqlxsReferenceFile() throws Exception {
        Path reference = Path.of(ProjectConfigTest.class.getResource("/sqlx-core/config/reference.toml").toURI());
        Files.copy(reference, project.resolve("sqlx.toml"));

        ProjectConfig config = ProjectConfig.load(project);

        assertThat(config.warnings()).isEmpty();
        assertThat(config.tableName()).isEqualTo("foo._sqlx_migrations");
        assertThat(config.migrationsDir()).isEqualTo(project.resolve("foo/migrations"));
        assertThat(config.ignoredChars()).containsExactly(" ", "\t", "\r", "\n", "\uFEFF");
        assertThat(config.migrationType()).isEqualTo(MigrationTypeDefault.REVERSIBLE);
        assertThat(config.migrationVersioning()).isEqualTo(VersioningDefault.SEQUENTIAL);
        assertThat(config.databaseUrlVar()).isEqualTo("FOO_DATABASE_URL");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            [migrate]\\ntable-nmae = "x"                           | unknown key `table-nmae` in [migrate]; did you mean `table-name`?
            [migrate]\\nmigrations_dir = "x"                       | unknown key `migrations_dir` in [migrate]; did you mean `migrations-dir`?
            [migrate]\\ndefault = {}                               | unknown key `default` in [migrate]; did you mean `defaults`?
            [migrat]\\ntable-name = "x"                            | unknown key `migrat` at the top level; did you mean `migrate`?
            table-name = "x"                                        | unknown key `table-name` at the top level; `table-name` belongs in [migrate]
            [common]\\nignored-chars = []                          | unknown key `ignored-chars` in [common]; `ignored-chars` belongs in [migrate]
            [common]\\nsomething-new = true                        | unknown key `something-new` in [common]; known keys: `database-url-var`
            [drivers.mysql]\\nssl = true                           | unknown key `ssl` in [drivers.mysql]; this table has no keys (yet)
            [drivers.sqlite]\\nload-extensions = []                | unknown key `load-extensions` in [drivers.sqlite]; did you mean `unsafe-load-extensions`?
            [drivers.sqlite]\\nunsafe-load-extensions = [1]        | [drivers.sqlite] unsafe-load-extensions must be an array of extension names
            [drivers.sqlite]\\nunsafe-load-extensions = [{ path = "x" }] | [drivers.sqlite] unsafe-load-extensions must be an array
            [drivers]\\nexternal = { foo = 1 }                     | [drivers.external] foo must be a table
            [macros]\\npreferred-crates = { date-time = "joda" }   | [macros.preferred-crates] date-time must be one of "inferred", "chrono", "time"
            [macros.preferred-crates]\\nnumeric = "decimal"        | [macros.preferred-crates] numeric must be one of "inferred", "bigdecimal", "rust_decimal"
            [macros.type-overrides]\\nUUID = 1                     | [macros.type-overrides] UUID must be a string
            [macros.table-overrides.'my.table']\\ncol = 1          | [macros.table-overrides.'my.table'] col must be a string
            [macros]\\ntype-overrides = 1                          | [macros.type-overrides] must be a table
            """)
    void keySqlxDoesNotAcceptIsAnErrorNamingFileTableAndKey(String toml, String problem) throws IOException {
        Path file = write(toml.replace("\\n", "\n"));

        assertThatThrownBy(() -> ProjectConfig.load(project))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void keysOfTablesSqlxIsLenientWithAreIgnoredWithAWarning() throws IOException {
        Path file = write("""
                [migrate.defaults]
                migration_type = "reversible"

                [macros.preferred-crates]
                json = "serde"
                """);

        ProjectConfig config = ProjectConfig.load(project);

        // sqlx ignores both (no deny_unknown_fields on these two tables), so the default stays.
        assertThat(config.migrationType()).isEqualTo(MigrationTypeDefault.INFERRED);
        assertThat(config.warnings()).containsExactly(
                file + ": unknown key `migration_type` in [migrate.defaults] is ignored, by sqlx too; "
                        + "did you mean `migration-type`?",
                file + ": unknown key `json` in [macros.preferred-crates] is ignored, by sqlx too; "
                        + "known keys: `date-time`, `numeric`");
    }

    @Test
    void fileThatIsNotUtf8IsNamedWithTheByteOffset() throws IOException {
        byte[] latin1 = "[migrate]\ntable-name = \"caf\u00e9\"\n".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(project.resolve("sqlx.toml"), latin1);

        assertThatThrownBy(() -> ProjectConfig.load(project))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + ": not valid UTF-8 (at byte offset 27); sqlx reads sqlx.toml as UTF-8, "
                        + "so re-save it as UTF-8");
    }

    @Test
    void configFileReplacesTheProjectsOwnAndItsMigrationsDirIsTakenFromTheProject() throws IOException {
        write("[migrate]\ntable-name = \"from_project\"\n");
        Path elsewhere = Files.createDirectories(project.resolve("config"));
        Path other = Files.writeString(elsewhere.resolve("other.toml"),
                "[migrate]\nmigrations-dir = \"db/migrations\"\n");

        ProjectConfig config = ProjectConfig.load(project, other);

        assertThat(config.tableName()).isEqualTo("_sqlx_migrations");
        assertThat(config.migrationsDir()).isEqualTo(project.resolve("db/migrations"));
    }

    @Test
    void emptyConfigFileOrDevNullGivesTheDefaults() throws IOException {
        write("[migrate]\ntable-name = \"from_project\"\n");
        Path empty = Files.writeString(project.resolve("empty.toml"), "");

        assertThat(ProjectConfig.load(project, empty)).isEqualTo(ProjectConfig.defaults(project));
        Path devNull = Path.of("/dev/null");
        if (Files.exists(devNull)) {
            assertThat(ProjectConfig.load(project, devNull)).isEqualTo(ProjectConfig.defaults(project));
        }
    }

    @Test
    void missingConfigFileIsAnErrorNamingIt() {
        Path missing = project.resolve("nope.toml");

        assertThatThrownBy(() -> ProjectConfig.load(project, missing))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file " + missing + " does not exist");
    }

    private Path write(String toml) throws IOException {
        return Files.writeString(project.resolve("sqlx.toml"), toml);
    }
}
