package dev.driftless.db;

import dev.driftless.project.ProjectConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseUrlResolverTest {

    private static final String FLAG = "postgres://flag@h/db";
    private static final String ENV = "postgres://env@h/db";

    @TempDir
    Path root;
    private Path project;
    private ProjectConfig config;

    @BeforeEach
    void makeProject() throws IOException {
        project = Files.createDirectories(root.resolve("workspace/project"));
        config = ProjectConfig.defaults(project);
    }

    @Test
    void flagWinsOverEnvironmentAndDotenv() throws IOException {
        dotenv(project, "DATABASE_URL=sqlite://dotenv.db");

        String url = resolver(Map.of("DATABASE_URL", ENV)).resolve(FLAG, config.databaseUrlVar(), false);

        assertThat(url).isEqualTo(FLAG);
    }

    @Test
    void existingEnvironmentVariableWinsOverDotenv() throws IOException {
        dotenv(project, "DATABASE_URL=sqlite://dotenv.db");

        assertThat(resolver(Map.of("DATABASE_URL", ENV)).resolve(null, config.databaseUrlVar(), false)).isEqualTo(ENV);
    }

    @Test
    void dotenvInTheCurrentDirectoryIsRead() throws IOException {
        dotenv(project, "# local settings\nOTHER=1\nDATABASE_URL=\"postgres://u:p@localhost/app\"\n");

        assertThat(resolver(Map.of()).resolve(null, config.databaseUrlVar(), false)).isEqualTo("postgres://u:p@localhost/app");
    }

    @Test
    void dotenvInAParentDirectoryIsRead() throws IOException {
        dotenv(root.resolve("workspace"), "DATABASE_URL=sqlite://parent.db");

        assertThat(resolver(Map.of()).resolve(null, config.databaseUrlVar(), false)).isEqualTo("sqlite://parent.db");
    }

    @Test
    void nearestDotenvWins() throws IOException {
        dotenv(root.resolve("workspace"), "DATABASE_URL=sqlite://parent.db");
        dotenv(project, "DATABASE_URL=sqlite://current.db");

        assertThat(resolver(Map.of()).resolve(null, config.databaseUrlVar(), false)).isEqualTo("sqlite://current.db");
    }

    @Test
    void directoryNamedDotenvIsSkipped() throws IOException {
        Files.createDirectories(project.resolve(".env"));
        dotenv(root.resolve("workspace"), "DATABASE_URL=sqlite://parent.db");

        assertThat(resolver(Map.of()).resolve(null, config.databaseUrlVar(), false)).isEqualTo("sqlite://parent.db");
    }

    @Test
    void noDotenvSkipsTheFile() throws IOException {
        dotenv(project, "DATABASE_URL=sqlite://dotenv.db");

        assertThatThrownBy(() -> resolver(Map.of()).resolve(null, config.databaseUrlVar(), true))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--database-url or DATABASE_URL must be set");
    }

    @Test
    void missingEverywhereSaysWhatToSet() {
        assertThatThrownBy(() -> resolver(Map.of("PATH", "/bin")).resolve(null, config.databaseUrlVar(), true))
                .isInstanceOf(ConfigException.class)
                .hasMessage("--database-url or DATABASE_URL must be set");
    }

    @Test
    void emptyValuesCountAsUnset() throws IOException {
        dotenv(project, "DATABASE_URL=sqlite://dotenv.db");

        assertThat(resolver(Map.of("DATABASE_URL", "")).resolve("", config.databaseUrlVar(), false)).isEqualTo("sqlite://dotenv.db");
    }

    @Test
    void configuredVariableNameIsUsedForLookupAndMessage() throws IOException {
        Files.writeString(project.resolve("sqlx.toml"), "[common]\ndatabase-url-var = \"APP_DB\"\n");
        ProjectConfig custom = ProjectConfig.load(project);
        dotenv(project, "DATABASE_URL=sqlite://ignored.db\nAPP_DB=sqlite://app.db");

        assertThat(resolver(Map.of("DATABASE_URL", ENV)).resolve(null, custom.databaseUrlVar(), false)).isEqualTo("sqlite://app.db");
        assertThat(resolver(Map.of("APP_DB", ENV)).resolve(null, custom.databaseUrlVar(), false)).isEqualTo(ENV);
        assertThatThrownBy(() -> resolver(Map.of("DATABASE_URL", ENV)).resolve(null, custom.databaseUrlVar(), true))
                .hasMessage("--database-url or APP_DB must be set");
    }

    @Test
    void malformedDotenvNamesTheFileButNotThePassword() throws IOException {
        Path file = dotenv(project, "DATABASE_URL postgres://u:hunter2@h/db");

        assertThatThrownBy(() -> resolver(Map.of()).resolve(null, config.databaseUrlVar(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": cannot be read as a .env file")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
    }

    private DatabaseUrlResolver resolver(Map<String, String> environment) {
        return new DatabaseUrlResolver(environment, project);
    }

    private static Path dotenv(Path directory, String content) throws IOException {
        return Files.writeString(directory.resolve(".env"), content);
    }
}
