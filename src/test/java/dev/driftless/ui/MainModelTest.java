package dev.driftless.ui;

import dev.driftless.core.sql.SqlDialect;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.ui.settings.SettingsStore;
import dev.driftless.ui.task.BackgroundExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MainModelTest {
    @TempDir
    Path folder;

    @Test
    void theEditorsHighlightTheDialectOfTheProjectsDatabase() throws Exception {
        Files.createDirectories(folder.resolve("migrations"));
        SettingsStore store = new SettingsStore(folder.resolve("settings.json"), Optional.empty());
        MainModel model = new MainModel(BackgroundExecutor.immediate(), store, store.load(), folder.resolve("data"),
                Map.of());
        Project project = Project.open(folder, null);
        assertThat(model.editorTabs().dialectProperty().get()).isEqualTo(SqlDialect.POSTGRESQL);

        model.workspace().open(project, DatabaseUrl.parse("sqlite://" + folder.resolve("app.db") + "?mode=rwc"));
        assertThat(model.editorTabs().dialectProperty().get()).isEqualTo(SqlDialect.SQLITE);

        model.workspace().open(project, DatabaseUrl.parse("postgres://u@127.0.0.1:1/app"));
        assertThat(model.editorTabs().dialectProperty().get()).isEqualTo(SqlDialect.POSTGRESQL);
    }
}
