package dev.driftless.project;

import dev.driftless.db.ConfigException;
import dev.driftless.project.ProjectConfig.MigrationTypeDefault;
import dev.driftless.project.ProjectConfig.VersioningDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
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
    void readsEveryKeyAndIgnoresUnknownOnes() throws IOException {
        write("""
                [common]
                database-url-var = "APP_DATABASE_URL"
                something-new = true

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

    private Path write(String toml) throws IOException {
        return Files.writeString(project.resolve("sqlx.toml"), toml);
    }
}
