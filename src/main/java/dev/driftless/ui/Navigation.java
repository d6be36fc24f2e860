package dev.driftless.ui;

import dev.driftless.ui.workspace.WorkspaceViewModel;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves between panes as a person's selection asks: selecting a migration (in the tree or the ledger) opens
 * its up file, and brings the Drift tab forward when it needs attention; "Show what changed" does so from
 * anywhere. Built before the layout it moves in (the panes take its callbacks), so the layout is attached after.
 */
final class Navigation {
    static final String DRIFT = "drift";
    static final String LEDGER = "ledger";
    static final String SCHEMA_CHECK = "schemaCheck";
    /** The least share of the height the bottom tabs get when the Drift tab comes forward: room for its diff. */
    static final double DRIFT_SHARE = 0.5;
    /**
     * The least height in pixels they get then, in a short window: tab headers, the drift header, its repairs,
     * a two-line explanation and about eight lines of diff.
     */
    static final double DRIFT_HEIGHT = 340;
    static final String DATABASE = "database";
    static final String OBJECT = "object";

    private final MainModel model;
    private MainLayer layer;
    /** What to do when a pane comes forward, by pane id; handed to the layout once it is attached. */
    private final Map<String, Runnable> onShown = new LinkedHashMap<>();

    Navigation(MainModel model) {
        this.model = model;
        WorkspaceViewModel workspace = model.workspace();
        workspace.selectedVersionProperty().addListener((observable, before, version) -> openSelected(version));
        // A schema check that starts, or a migration's findings asked for, shows in the Schema tab.
        model.schemaCheck().runningProperty().addListener((observable, before, running) -> showSchemaCheck(running));
        model.schemaCheck().migrationFilterProperty().addListener((observable, before, migration) ->
                showSchemaCheck(migration != null));
    }

    void attach(MainLayer layer) {
        this.layer = layer;
        onShown.forEach(layer::whenSelected);
    }

    /** Runs {@code shown} whenever the pane is brought forward (the Database tab reads the schema then). */
    void whenShown(String paneId, Runnable shown) {
        onShown.put(paneId, shown);
    }

    /** Moves the keyboard focus to the main control of a pane (the tree, the editor, the selected bottom tab). */
    void focus(WindowPane.Place place) {
        layer.focus(place);
    }

    /** Selects the migration and brings the Drift tab forward. */
    void showDiagnosis(long version) {
        model.workspace().selectedVersionProperty().set(version);
        showDrift();
    }

    private void showDrift() {
        layer.select(DRIFT);
        layer.giveLowerPaneAtLeast(DRIFT_SHARE, DRIFT_HEIGHT);
    }

    private void showSchemaCheck(boolean wanted) {
        if (wanted && layer != null) {
            layer.select(SCHEMA_CHECK);
        }
    }

    /** Brings the Database side tab forward (an object to reveal in it). */
    void showDatabase() {
        layer.select(DATABASE);
    }

    /** Brings the Object tab forward: an object was selected in the Database tab. */
    void showObject() {
        layer.select(OBJECT);
    }

    /**
     * A migration that needs attention brings the Drift tab forward, unless the person is working in the ledger:
     * it shares the tab pane, so it would vanish under their click (its "Show what changed" brings the tab then).
     */
    private void openSelected(Long version) {
        if (version == null || layer == null) {
            return;
        }
        WorkspaceViewModel workspace = model.workspace();
        workspace.row(version).filter(row -> row.status().needsAttention() && !layer.isFocusWithin(LEDGER))
                .ifPresent(row -> showDrift());
        // Its up file, unless the editor already shows one of its files (the tree opened its down file).
        workspace.row(version).filter(row -> row.migration() != null && !model.editorTabs().showsVersion(version))
                .ifPresent(row -> model.editorTabs().open(row.migration().upFile(), row));
    }
}
