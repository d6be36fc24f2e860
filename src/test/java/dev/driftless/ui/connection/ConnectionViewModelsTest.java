package dev.driftless.ui.connection;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.testing.TestFolders;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.settings.NamedConnection;
import dev.driftless.ui.settings.Settings;
import dev.driftless.ui.settings.SettingsStore;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The connection bar's view models: the password is masked, named connections never store it. */
class ConnectionViewModelsTest {
    private static final String REMOTE = "postgres://app:p%40ss%20word@db.example.com:5432/shop";

    @TempDir
    Path folder;

    private final WorkspaceViewModel workspace = new WorkspaceViewModel(BackgroundExecutor.immediate(),
            new LogViewModel(Clock.systemUTC()), Clock.systemUTC(), TestFolders.journal());
    private Settings settings;
    private final AtomicInteger saves = new AtomicInteger();

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(folder.resolve("migrations"));
        settings = new SettingsStore(folder.resolve("settings.json"), Optional.empty()).load();
        workspace.open(Project.open(folder, null), null);
    }

    @Test
    void aTypedUrlIsShownMaskedAndMarkedRemote() {
        ConnectionBarViewModel bar = new ConnectionBarViewModel(workspace);
        bar.urlTextProperty().set(REMOTE);

        bar.connectTyped();

        assertThat(bar.urlTextProperty().get()).isEqualTo("postgres://app:****@db.example.com:5432/shop");
        assertThat(bar.remoteProperty().get()).isTrue();
        assertThat(bar.hostBadgeProperty().get()).isEqualTo("remote · db.example.com");
    }

    @Test
    void aBadUrlIsExplainedAndNothingChanges() {
        ConnectionBarViewModel bar = new ConnectionBarViewModel(workspace);
        bar.urlTextProperty().set("mysql://x");

        bar.connectTyped();

        assertThat(bar.errorProperty().get()).isNotBlank();
        assertThat(workspace.databaseProperty().get()).isNull();
    }

    @Test
    void namedConnectionsAreStoredWithoutThePasswordAndAskForIt() {
        SavedConnectionsViewModel saved = new SavedConnectionsViewModel(workspace, settings, saves::incrementAndGet);
        workspace.useDatabase(DatabaseUrl.parse(REMOTE));

        assertThat(saved.saveCurrentAs("staging")).isTrue();

        NamedConnection staging = saved.connections().get(0);
        assertThat(staging.url()).isEqualTo("postgres://app@db.example.com:5432/shop").doesNotContain("word");
        assertThat(staging.colour()).isEqualTo(SavedConnectionsViewModel.PALETTE.get(0));
        assertThat(saves).hasValue(1);
        assertThat(saved.needsPassword(staging)).isTrue();

        workspace.useDatabase(null);
        saved.use(staging, "p@ss word");
        assertThat(workspace.databaseProperty().get().masked()).isEqualTo(DatabaseUrl.parse(REMOTE).masked());
        assertThat(workspace.databaseProperty().get().scrub("p@ss word")).isEqualTo("****");
        assertThat(saved.activeProperty().get()).isEqualTo(staging);
    }

    @Test
    void sqliteConnectionsNeedNoPassword() {
        SavedConnectionsViewModel saved = new SavedConnectionsViewModel(workspace, settings, saves::incrementAndGet);
        workspace.useDatabase(DatabaseUrl.parse("sqlite://" + folder.resolve("app.db") + "?mode=rwc"));
        saved.saveCurrentAs("local");

        assertThat(saved.needsPassword(saved.connections().get(0))).isFalse();
    }
}
