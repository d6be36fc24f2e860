package dev.driftless.ui.actions;

import dev.driftless.ui.task.BackgroundExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The add dialog's view model on a real project folder. */
class ActionAddMigrationTest {
    @TempDir
    Path dir;

    @Test
    void defaultsFollowTheFolderAsSqlxInfersThem() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        AddMigrationViewModel add = new AddMigrationViewModel(fixture.workspace, ActionFixture.CLOCK);

        assertThat(add.reversibleProperty().get()).isTrue();
        assertThat(add.sequentialProperty().get()).isTrue();
        add.descriptionProperty().set("create comments");
        assertThat(add.preview()).containsExactly(fixture.migrations.resolve("0004_create_comments.up.sql"),
                fixture.migrations.resolve("0004_create_comments.down.sql"));
        assertThat(add.validationProperty().get()).isNull();
    }

    @Test
    void anEmptyFolderDefaultsToASimpleTimestampedFile() {
        ActionFixture fixture = ActionFixture.empty(dir, BackgroundExecutor.immediate()).openOnSqlite();
        AddMigrationViewModel add = new AddMigrationViewModel(fixture.workspace, ActionFixture.CLOCK);

        add.descriptionProperty().set("init");

        assertThat(add.reversibleProperty().get()).isFalse();
        assertThat(add.sequentialProperty().get()).isFalse();
        assertThat(add.preview()).containsExactly(fixture.migrations.resolve("20240501120000_init.sql"));
    }

    @Test
    void validationExplainsWhatIsWrong() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        AddMigrationViewModel add = new AddMigrationViewModel(fixture.workspace, ActionFixture.CLOCK);

        assertThat(add.validationProperty().get()).contains("type a description");
        assertThat(add.canCreateProperty().get()).isFalse();
        add.descriptionProperty().set("a/b");
        assertThat(add.validationProperty().get()).contains("must not contain /");
        assertThat(add.preview()).isEmpty();
        fixture.write("20240501120000_taken.sql", "SELECT 1;\n");
        fixture.workspace.refresh();
        add.sequentialProperty().set(false);
        add.descriptionProperty().set("again");
        assertThat(add.validationProperty().get()).contains("version 20240501120000 is already used");
        assertThat(add.canCreateProperty().get()).isFalse();
    }

    @Test
    void createWritesTheFilesAndHandsOverTheirPaths() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        AddMigrationViewModel add = new AddMigrationViewModel(fixture.workspace, ActionFixture.CLOCK);
        add.descriptionProperty().set("create comments");
        add.reversibleProperty().set(false);
        List<Path> created = new ArrayList<>();

        add.create(created::addAll);

        assertThat(created).containsExactly(fixture.migrations.resolve("0004_create_comments.sql"));
        assertThat(Files.exists(created.get(0))).isTrue();
        assertThat(fixture.workspace.rows()).hasSize(4);
    }

    @Test
    void aMigrationAddedElsewhereMeanwhileBecomesTheValidationMessage() {
        ActionFixture fixture = ActionFixture.threeMigrations(dir, BackgroundExecutor.immediate()).openOnSqlite();
        AddMigrationViewModel add = new AddMigrationViewModel(fixture.workspace, ActionFixture.CLOCK);
        add.descriptionProperty().set("create comments");
        add.sequentialProperty().set(false);
        // Written behind the workspace's back: the preview still looks fine, the creation is refused.
        fixture.write("20240501120000_other.sql", "SELECT 1;\n");
        List<Path> created = new ArrayList<>();

        add.create(created::addAll);

        assertThat(created).isEmpty();
        assertThat(add.validationProperty().get()).contains("version 20240501120000 is already used");
    }
}
