package dev.driftless.ui;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.db.Dialects;
import dev.driftless.ui.drift.DriftBadges;
import dev.driftless.ui.editor.EditorTabsViewModel;
import dev.driftless.ui.log.LogViewModel;
import dev.driftless.ui.schema.SchemaCheckViewModel;
import dev.driftless.ui.schema.SchemaDriftState;
import dev.driftless.ui.settings.Settings;
import dev.driftless.ui.settings.SettingsStore;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.ProjectSession;
import dev.driftless.ui.workspace.RunFailure;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import dev.driftless.userdata.DataFolder;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

/**
 * What the window's panes share, and nothing of how they look: the open project and its statuses, the open
 * files, the log, the drift badges shown by both the tree and the ledger, the settings and the data folder.
 * Each pane builds its own view model from these ({@link WindowPanes}).
 */
public final class MainModel {
    private final BackgroundExecutor executor;
    private final LogViewModel log;
    private final WorkspaceViewModel workspace;
    private final EditorTabsViewModel editorTabs;
    private final DriftBadges badges;
    private final ProjectSession session;
    private final SettingsStore settingsStore;
    private final Settings settings;
    private final Path dataFolder;
    private final SchemaDriftState schemaDrift = new SchemaDriftState();
    private final SchemaCheckViewModel schemaCheck;

    /**
     * @param settings    already loaded (off the FX thread) from {@code settingsStore}
     * @param environment where DATABASE_URL is looked up, as on the command line
     */
    public MainModel(BackgroundExecutor executor, SettingsStore settingsStore, Settings settings, Path dataFolder,
                     Map<String, String> environment) {
        this.executor = executor;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.dataFolder = dataFolder;
        this.log = new LogViewModel(Clock.systemDefaultZone());
        this.workspace = new WorkspaceViewModel(executor, log, Clock.systemUTC(), journal());
        this.editorTabs = new EditorTabsViewModel(executor, ZoneId.systemDefault());
        this.badges = new DriftBadges(workspace, executor, journal());
        // Open files without unsaved edits show what changed on disk (with edits: the conflict prompt).
        this.session = new ProjectSession(executor, workspace, log, settings, dataFolder, environment,
                editorTabs::reloadChangedFiles);
        editorTabs.dialectProperty().bind(workspace.databaseProperty().map(Dialects::sqlDialect)
                .orElse(SqlDialect.POSTGRESQL));
        workspace.rows().addListener((ListChangeListener<StatusRow>) change -> editorTabs.updateStatus(workspace.rows()));
        workspace.runFailures().addListener((MapChangeListener<Long, RunFailure>) change ->
                editorTabs.updateRunFailures(workspace.runFailures()));
        // A check of one database says nothing about another.
        workspace.databaseProperty().addListener((observable, before, database) -> schemaDrift.reportProperty().set(null));
        workspace.projectProperty().addListener((observable, before, project) -> schemaDrift.reportProperty().set(null));
        this.schemaCheck = new SchemaCheckViewModel(workspace, schemaDrift, executor, journal());
    }

    public BackgroundExecutor executor() {
        return executor;
    }

    public LogViewModel log() {
        return log;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public EditorTabsViewModel editorTabs() {
        return editorTabs;
    }

    /** The latest schema drift check and requests to reveal an object in the Database view. */
    public SchemaDriftState schemaDrift() {
        return schemaDrift;
    }

    /** The schema checks (drift, reversibility) that the Database menu runs and the Schema tab shows. */
    public SchemaCheckViewModel schemaCheck() {
        return schemaCheck;
    }

    public DriftBadges badges() {
        return badges;
    }

    public ProjectSession session() {
        return session;
    }

    public Settings settings() {
        return settings;
    }

    /** The per-user data folder this window keeps its journals in. */
    public Path dataFolder() {
        return dataFolder;
    }

    /** The journal of applied texts: the workspace's runs keep it, the Drift tab reads it to explain drift. */
    public Path journal() {
        return DataFolder.journalIn(dataFolder);
    }

    /** Writes the settings in the background: a named connection was added or removed. */
    public void saveSettings() {
        executor.submit(() -> {
            settingsStore.save(settings);
            return null;
        }, saved -> { }, failure -> log.warning("settings not saved: " + failure.getMessage()));
    }

    /** Writes the settings now: the window is closing. */
    public void saveSettingsNow() throws IOException {
        settingsStore.save(settings);
    }
}
