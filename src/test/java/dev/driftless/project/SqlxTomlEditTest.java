package dev.driftless.project;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.repair.FileEdit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The smallest edit of sqlx.toml that adds "\r" to ignored-chars, checked by reading the result back. */
class SqlxTomlEditTest {
    @TempDir
    Path project;

    private String edited(String before) throws Exception {
        Files.writeString(project.resolve("sqlx.toml"), before);
        return after(SqlxTomlEdit.ignoreCarriageReturns(project));
    }

    private static String after(FileEdit edit) {
        return new String(edit.after(), StandardCharsets.UTF_8);
    }

    @Test
    void aProjectWithoutSqlxTomlGetsOneWithTheMigrateTable() throws Exception {
        FileEdit edit = SqlxTomlEdit.ignoreCarriageReturns(project);

        assertThat(edit.before()).isEmpty();
        assertThat(after(edit)).isEqualTo("[migrate]\nignored-chars = [\"\\r\"]\n");
        assertThat(edit.diff()).contains("--- /dev/null", "+ignored-chars = [\"\\r\"]");
        assertThat(ProjectConfig.parse(project, after(edit)).ignoredChars()).containsExactly("\r");
    }

    @Test
    void theKeyGoesRightUnderMigrateAndEverythingElseStaysAsWritten() throws Exception {
        String before = "# our settings\n[common]\ndatabase-url-var = \"APP_DB\"  # keep\n\n"
                + "[migrate]  # the ledger\ntable-name = \"app._sqlx_migrations\"\n\n[migrate.defaults]\n"
                + "migration-type = \"reversible\"\n";

        assertThat(edited(before)).isEqualTo(before.replace("[migrate]  # the ledger\n",
                "[migrate]  # the ledger\nignored-chars = [\"\\r\"]\n"));
    }

    @Test
    void anExistingOneLineArrayGetsTheCarriageReturnAppended() throws Exception {
        assertThat(edited("[migrate]\nignored-chars = [\"\\uFEFF\"] # the BOM ]\n"))
                .isEqualTo("[migrate]\nignored-chars = [\"\\uFEFF\", \"\\r\"] # the BOM ]\n");
        assertThat(edited("[migrate]\r\nignored-chars = []\r\n")).isEqualTo("[migrate]\r\nignored-chars = [\"\\r\"]\r\n");
    }

    @Test
    void aFileWithoutMigrateGetsTheTableAppendedInItsOwnLineEndings() throws Exception {
        assertThat(edited("[common]\r\ndatabase-url-var = \"X\""))
                .isEqualTo("[common]\r\ndatabase-url-var = \"X\"\r\n\r\n[migrate]\r\nignored-chars = [\"\\r\"]\r\n");
    }

    @Test
    void whatCannotBeEditedSafelyIsRefusedWithTheFileNamed() throws Exception {
        for (String before : List.of("[migrate]\nignored-chars = [\n  \"\\uFEFF\",\n]\n",
                "migrate.table-name = \"x\"\n", "migrate = { table-name = \"x\" }\n")) {
            Files.writeString(project.resolve("sqlx.toml"), before);
            assertThatThrownBy(() -> SqlxTomlEdit.ignoreCarriageReturns(project)).as(before)
                    .isInstanceOf(MigrateException.class).hasMessageContaining(project.resolve("sqlx.toml").toString());
            assertThat(project.resolve("sqlx.toml")).hasContent(before);
        }
    }

    @Test
    void aCarriageReturnAlreadyIgnoredIsSaidSo() throws Exception {
        Files.writeString(project.resolve("sqlx.toml"), "[migrate]\nignored-chars = [\"\\r\"]\n");

        assertThatThrownBy(() -> SqlxTomlEdit.ignoreCarriageReturns(project))
                .hasMessageEndingWith("already ignores \"\\r\" when hashing; nothing to change");
    }
}
