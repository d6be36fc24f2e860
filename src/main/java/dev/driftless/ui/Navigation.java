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
    }

    void attach(MainLayer layer) {
        this.layer = layer;
        onShown.forEach(layer::whenSelected);
    }

    /** Runs {@code shown} whenever the pane is brought forward (the Database tab reads the schema then). */
    void whenShown(String paneId, Runnable shown) {
        onShown.put(paneId, shown);
    }

    /** Selects the migration and brings the Drift tab forward. */
    void showDiagnosis(long version) {
        model.workspace().selectedVersionProperty().set(version);
        layer.select(DRIFT);
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
                .ifPresent(row -> layer.select(DRIFT));
        workspace.row(version).filter(row -> row.migration() != null)
                .ifPresent(row -> model.editorTabs().open(row.migration().upFile(), row));
    }
}
