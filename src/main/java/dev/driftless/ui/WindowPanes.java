package dev.driftless.ui;

import dev.driftless.core.repair.FileRepairJournal;
import dev.driftless.core.repair.RepairJournal;
import dev.driftless.ui.WindowPane.Place;
import dev.driftless.ui.connection.ConnectionBar;
import dev.driftless.ui.connection.ConnectionBarViewModel;
import dev.driftless.ui.connection.DatabaseProblemBar;
import dev.driftless.ui.connection.SavedConnectionsViewModel;
import dev.driftless.ui.demo.DemoBanner;
import dev.driftless.ui.demo.DemoBannerText;
import dev.driftless.ui.database.DataPreviewViewModel;
import dev.driftless.ui.database.DatabaseTreeView;
import dev.driftless.ui.database.DatabaseViewModel;
import dev.driftless.ui.database.ObjectDetailViewModel;
import dev.driftless.ui.database.ObjectView;
import dev.driftless.ui.demo.DemoProject;
import dev.driftless.ui.drift.DriftRepairs;
import dev.driftless.ui.drift.DriftView;
import dev.driftless.ui.drift.DriftViewModel;
import dev.driftless.ui.drift.FileRepairViewModel;
import dev.driftless.ui.editor.EditorTabsView;
import dev.driftless.ui.editor.EditorViewModel;
import dev.driftless.ui.editor.EditorWarmUp;
import dev.driftless.ui.ledger.LedgerPoller;
import dev.driftless.ui.ledger.LedgerView;
import dev.driftless.ui.ledger.LedgerViewModel;
import dev.driftless.ui.log.LogConsole;
import dev.driftless.ui.schema.SchemaCheckView;
import dev.driftless.ui.schema.SchemaTreeActions;
import dev.driftless.ui.tree.MigrationTreeView;
import dev.driftless.ui.tree.MigrationTreeViewModel;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import dev.driftless.userdata.DataFolder;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

import java.time.Clock;
import java.util.List;

/**
 * Every pane of the window, in one list: adding a view is adding its entry here. Each entry builds its view
 * and the view model behind it from what the panes share ({@link MainModel}).
 */
final class WindowPanes {
    private WindowPanes() {
    }

    /**
     * @param driftRepairs the Drift tab's repairs ({@link #driftRepairs}), which the Migrations menu shares
     * @param chooseFolder asks for a project folder and opens it (the demo banner's button)
     */
    static List<WindowPane> of(MainModel model, Navigation navigation, DriftRepairs driftRepairs,
                               Runnable chooseFolder) {
        WorkspaceViewModel workspace = model.workspace();
        // Shared by the Database tab and the Object tab that shows its selection in detail.
        DatabaseViewModel database = new DatabaseViewModel(workspace, model.schemaDrift(), model.executor(),
                navigation::showDatabase, navigation::showObject);
        // The schema is read the first time the tab is brought forward, not with the window.
        navigation.whenShown(Navigation.DATABASE, database::show);
        return List.of(
                WindowPane.of("connection", Place.TOP, "Connection", () -> new ConnectionBar(
                        new ConnectionBarViewModel(workspace),
                        new SavedConnectionsViewModel(workspace, model.settings(), model::saveSettings))),
                WindowPane.of("databaseProblem", Place.TOP, "Database problem",
                        () -> new DatabaseProblemBar(workspace)),
                WindowPane.of("demoBanner", Place.TOP, "Demo", () -> demoBanner(model, chooseFolder)),
                WindowPane.of("migrations", Place.SIDE, "Migrations", () -> migrationTree(model, navigation)),
                WindowPane.of(Navigation.DATABASE, Place.SIDE, "Database", () -> new DatabaseTreeView(database)),
                WindowPane.of("editor", Place.CENTER, "Editor", () -> editor(model, navigation)),
                WindowPane.of(Navigation.LEDGER, Place.BOTTOM, "Ledger", () -> ledger(model, navigation)),
                // Built after the first frame (or when brought forward): the diff area is the process's first
                // RichTextFX area besides the editor's.
                WindowPane.deferred(Navigation.DRIFT, Place.BOTTOM, "Drift", () -> new DriftView(driftRepairs)),
                WindowPane.deferred(Navigation.SCHEMA_CHECK, Place.BOTTOM, "Schema", () -> new SchemaCheckView(
                        model.schemaCheck(), file -> model.editorTabs().open(file, null))),
                WindowPane.deferred("log", Place.BOTTOM, "Log", () -> new LogConsole(model.log())),
                WindowPane.deferred(Navigation.OBJECT, Place.BOTTOM, "Object", () -> objectView(model, database)),
                WindowPane.of("status", Place.STATUS, "Status", () -> statusLine(model)));
    }

    private static Node migrationTree(MainModel model, Navigation navigation) {
        MigrationTreeView tree = new MigrationTreeView(new MigrationTreeViewModel(model.workspace()),
                file -> model.editorTabs().open(file, null), navigation::showDiagnosis);
        tree.showBadges(model.badges().classifications(), model.badges().workingProperty());
        SchemaTreeActions.addTo(tree, model.schemaCheck());
        tree.followActiveFile(model.editorTabs().selectedProperty().map(EditorViewModel::path));
        return tree;
    }

    private static Node editor(MainModel model, Navigation navigation) {
        EditorTabsView editor = new EditorTabsView(model.editorTabs(), navigation::showDiagnosis);
        EditorWarmUp.soonAfterEachProject(model.workspace().projectProperty(), model.editorTabs());
        return editor;
    }

    private static Node ledger(MainModel model, Navigation navigation) {
        LedgerPoller poller = new LedgerPoller(model.executor(), Clock.systemUTC(), model.workspace()::refresh);
        LedgerView ledger = new LedgerView(new LedgerViewModel(model.workspace(), poller, Clock.systemUTC()),
                navigation::showDiagnosis);
        ledger.showBadges(model.badges().classifications());
        return ledger;
    }

    /** The Drift tab's repairs, built before the tab: the Migrations menu offers them too. */
    static DriftRepairs driftRepairs(MainModel model) {
        // The same data folder as the workspace's runs, so the journal they keep explains the drift.
        DriftViewModel drift = new DriftViewModel(model.workspace(), model.executor(), model.journal(),
                new RepairJournal(DataFolder.repairsIn(model.dataFolder())));
        FileRepairViewModel fileRepairs = new FileRepairViewModel(drift, model.executor(),
                new FileRepairJournal(DataFolder.fileRepairsIn(model.dataFolder())), Clock.systemUTC(),
                file -> model.editorTabs().open(file, null));
        return new DriftRepairs(drift, fileRepairs);
    }

    private static Node objectView(MainModel model, DatabaseViewModel database) {
        return new ObjectView(new ObjectDetailViewModel(database, model.workspace(), model.executor(), model.journal(),
                model.schemaCheck()::checksFor),
                new DataPreviewViewModel(model.workspace(), model.executor()), database, model.executor());
    }

    private static DemoBanner demoBanner(MainModel model, Runnable chooseFolder) {
        return new DemoBanner(Bindings.createStringBinding(() -> DemoBannerText.of(model.workspace().rows(),
                model.schemaDrift().reportProperty().get()), model.workspace().rows(),
                model.schemaDrift().reportProperty()), model.session().demoProperty(), chooseFolder);
    }

    private static HBox statusLine(MainModel model) {
        WorkspaceViewModel workspace = model.workspace();
        Label status = new Label();
        status.setId("statusLine");
        status.textProperty().bind(Bindings.createStringBinding(() -> workspace.projectProperty().get() == null
                ? "Opening…" : (model.session().demoProperty().get() ? DemoProject.LABEL + " · " : "")
                + workspace.projectProperty().get().directory(), workspace.projectProperty(),
                model.session().demoProperty()));
        HBox statusLine = new HBox(status);
        statusLine.getStyleClass().add("status-line");
        statusLine.setPadding(new Insets(2, 8, 2, 8));
        return statusLine;
    }
}
