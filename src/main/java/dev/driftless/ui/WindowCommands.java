package dev.driftless.ui;

import dev.driftless.ui.actions.AddMigrationDialog;
import dev.driftless.ui.actions.MigrationActionReasons;
import dev.driftless.ui.actions.RevertDialog;
import dev.driftless.ui.actions.RunDialog;
import dev.driftless.ui.WindowPane.Place;
import dev.driftless.ui.editor.EditorTabsViewModel;
import dev.driftless.ui.editor.EditorTabsViewModel.TabRequest;
import dev.driftless.ui.editor.EditorViewModel;
import dev.driftless.ui.schema.CompareDatabasesDialog;
import dev.driftless.ui.schema.SchemaCheckViewModel;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableStringValue;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static dev.driftless.ui.actions.DisabledWithReason.reasonWhile;

/** The window's command table: every action once, for the menus, the tool bar, the shortcuts and the help. */
final class WindowCommands {
    /** The reason of a command that can always act: none. */
    private static final ObservableStringValue NEVER = new SimpleStringProperty(null);
    private static final String NO_FILE = "No file is open";

    private WindowCommands() {
    }

    /**
     * @param stage      what the commands ask of the window's stage (open a folder, theme, quit)
     * @param navigation moves the keyboard focus between the panes
     */
    static List<WindowCommand> of(MainModel model, WindowDialogs dialogs, StageActions stage, Navigation navigation) {
        WorkspaceViewModel workspace = model.workspace();
        EditorTabsViewModel editorTabs = model.editorTabs();
        List<WindowCommand> commands = new ArrayList<>(fileCommands(model, dialogs, stage));
        commands.addAll(editCommands(editorTabs, dialogs));
        commands.addAll(List.of(
                new WindowCommand("addMigration", "Migrations", "Add…", MaterialDesignP.PLUS, "Shortcut+N", true,
                        reasonWhile(workspace.busyProperty(), WorkspaceViewModel.BUSY_REASON),
                        () -> dialogs.show(new AddMigrationDialog(workspace, Clock.systemUTC(),
                        created -> editorTabs.open(created.get(0), null)))),
                new WindowCommand("runMigrations", "Migrations", "Run…", MaterialDesignP.PLAY, "Shortcut+R", true,
                        MigrationActionReasons.toRun(workspace), () -> dialogs.show(new RunDialog(workspace, model.executor(),
                        editorTabs::openAt))),
                new WindowCommand("revertMigration", "Migrations", "Revert…", MaterialDesignU.UNDO_VARIANT,
                        "Shortcut+Shift+R", true, MigrationActionReasons.toRevert(workspace),
                        () -> dialogs.show(new RevertDialog(workspace, model.executor(), editorTabs::openAt,
                                model.schemaDrift().reversibilityProperty())))));
        commands.addAll(databaseCommands(model, dialogs));
        commands.addAll(viewCommands(model, stage, navigation));
        commands.add(new WindowCommand("shortcuts", "Help", "Keyboard Shortcuts", MaterialDesignK.KEYBOARD, "F1", false,
                NEVER, () -> dialogs.show(new ShortcutsDialog(commands))));
        commands.add(new WindowCommand("about", "Help", "About Driftless", MaterialDesignI.INFORMATION_OUTLINE, null,
                false, NEVER, () -> dialogs.show(new AboutDialog(model.dataFolder()))));
        return List.copyOf(commands);
    }

    /** File: open, save and close files, preferences, quit (Open Recent is added by the layout after Open Folder). */
    private static List<WindowCommand> fileCommands(MainModel model, WindowDialogs dialogs, StageActions stage) {
        EditorTabsViewModel editorTabs = model.editorTabs();
        ObservableStringValue noTab = reasonWhile(editorTabs.selectedProperty().isNull(), NO_FILE);
        ObservableStringValue nothingToSave = reasonWhile(BooleanExpression.booleanExpression(editorTabs.selectedProperty()
                .flatMap(EditorViewModel::dirtyProperty).orElse(false)).not(), "No unsaved edits in this file");
        return List.of(
                new WindowCommand("openFolder", "File", "Open Folder…", MaterialDesignF.FOLDER_OPEN, "Shortcut+O", true,
                        NEVER, stage.chooseFolder()),
                new WindowCommand("saveFile", "File", "Save", MaterialDesignC.CONTENT_SAVE, "Shortcut+S", false,
                        nothingToSave, editorTabs::saveCurrent),
                new WindowCommand("closeTab", "File", "Close Tab", MaterialDesignC.CLOSE, "Shortcut+W", false, noTab,
                        () -> editorTabs.requestOfSelected(TabRequest.CLOSE)),
                new WindowCommand("preferences", "File", "Preferences…", MaterialDesignC.COG, "Shortcut+Comma", false,
                        NEVER, () -> dialogs.show(new PreferencesDialog(model.settings().theme(), stage.useTheme()))),
                new WindowCommand("quit", "File", "Quit", MaterialDesignE.EXIT_TO_APP, "Shortcut+Q", false, NEVER,
                        stage.quit()));
    }

    /** Edit: text edits on whatever has the focus, find and replace in the selected file. */
    private static List<WindowCommand> editCommands(EditorTabsViewModel editorTabs, WindowDialogs dialogs) {
        ObservableStringValue noTab = reasonWhile(editorTabs.selectedProperty().isNull(), NO_FILE);
        return List.of(
                textEdit("undo", "Undo", MaterialDesignU.UNDO, "Shortcut+Z", TextEdit.UNDO, dialogs),
                textEdit("redo", "Redo", MaterialDesignR.REDO, "Shortcut+Shift+Z", TextEdit.REDO, dialogs),
                textEdit("cut", "Cut", MaterialDesignC.CONTENT_CUT, "Shortcut+X", TextEdit.CUT, dialogs),
                textEdit("copy", "Copy", MaterialDesignC.CONTENT_COPY, "Shortcut+C", TextEdit.COPY, dialogs),
                textEdit("paste", "Paste", MaterialDesignC.CONTENT_PASTE, "Shortcut+V", TextEdit.PASTE, dialogs),
                new WindowCommand("find", "Edit", "Find…", MaterialDesignM.MAGNIFY, "Shortcut+F", false, noTab,
                        () -> editorTabs.requestOfSelected(TabRequest.FIND)),
                new WindowCommand("replace", "Edit", "Replace…", MaterialDesignF.FIND_REPLACE, "Shortcut+H", false,
                        noTab, () -> editorTabs.requestOfSelected(TabRequest.REPLACE)));
    }

    private static WindowCommand textEdit(String id, String label, Ikon icon, String shortcut, TextEdit edit,
                                          WindowDialogs dialogs) {
        return new WindowCommand(id, "Edit", label, icon, shortcut, false, NEVER,
                () -> dialogs.focusOwner().ifPresent(edit::applyTo));
    }

    /** View: refresh, theme, and keys to move between the panes. */
    private static List<WindowCommand> viewCommands(MainModel model, StageActions stage, Navigation navigation) {
        return List.of(
                new WindowCommand("refresh", "View", "Refresh", MaterialDesignR.REFRESH, "F5", true, NEVER,
                        model.workspace()::refresh),
                new WindowCommand("toggleTheme", "View", "Light / Dark Theme", MaterialDesignT.THEME_LIGHT_DARK,
                        "Shortcut+T", false, NEVER, () -> stage.useTheme().accept(model.settings().theme().other())),
                new WindowCommand("focusSide", "View", "Go to Side Pane", MaterialDesignF.FILE_TREE, "Shortcut+1",
                        false, NEVER, () -> navigation.focus(Place.SIDE)),
                new WindowCommand("focusEditor", "View", "Go to Editor", MaterialDesignF.FILE_DOCUMENT_EDIT,
                        "Shortcut+2", false, NEVER, () -> navigation.focus(Place.CENTER)),
                new WindowCommand("focusBottom", "View", "Go to Bottom Pane", MaterialDesignD.DOCK_BOTTOM, "Shortcut+3",
                        false, NEVER, () -> navigation.focus(Place.BOTTOM)));
    }

    /** The Database menu: the schema checks, which run in the background and show in the Schema tab. */
    private static List<WindowCommand> databaseCommands(MainModel model, WindowDialogs dialogs) {
        SchemaCheckViewModel schemaCheck = model.schemaCheck();
        ObservableStringValue unavailable = schemaCheck.unavailableReasonProperty();
        return List.of(
                new WindowCommand("checkSchema", "Database", "Check Schema", MaterialDesignD.DATABASE_SEARCH,
                        "Shortcut+Shift+K", true, unavailable, schemaCheck::checkDrift),
                new WindowCommand("compareDatabases", "Database", "Compare with Another Database…",
                        MaterialDesignD.DATABASE_SYNC, null, false, reasonWhile(model.workspace().databaseProperty().isNull(), "Connect a database first"),
                        () -> dialogs.show(new CompareDatabasesDialog(model.workspace(), model.executor(),
                                model.settings()))),
                new WindowCommand("checkReversibility", "Database", "Check Reversibility of All",
                        MaterialDesignB.BACKUP_RESTORE, null, false, unavailable,
                        () -> schemaCheck.checkReversibility(OptionalLong.empty())));
    }
}
