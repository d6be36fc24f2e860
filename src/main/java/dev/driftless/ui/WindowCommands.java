package dev.driftless.ui;

import dev.driftless.ui.actions.AddMigrationDialog;
import dev.driftless.ui.actions.RevertDialog;
import dev.driftless.ui.actions.RunDialog;
import dev.driftless.ui.editor.EditorTabsViewModel;
import dev.driftless.ui.schema.CompareDatabasesDialog;
import dev.driftless.ui.schema.SchemaCheckViewModel;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleBooleanProperty;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/** The window's command table: every action once, for the menus, the tool bar, the shortcuts and the help. */
final class WindowCommands {
    private WindowCommands() {
    }

    /**
     * @param chooseFolder asks for a project folder and opens it
     * @param toggleTheme  switches between the light and dark themes
     */
    static List<WindowCommand> of(MainModel model, WindowDialogs dialogs, Runnable chooseFolder, Runnable toggleTheme) {
        WorkspaceViewModel workspace = model.workspace();
        EditorTabsViewModel editorTabs = model.editorTabs();
        SimpleBooleanProperty never = new SimpleBooleanProperty(false);
        List<WindowCommand> commands = new ArrayList<>(List.of(
                new WindowCommand("openFolder", "File", "Open Folder…", MaterialDesignF.FOLDER_OPEN, "Shortcut+O", true,
                        never, chooseFolder),
                new WindowCommand("refresh", "View", "Refresh", MaterialDesignR.REFRESH, "F5", true, never,
                        workspace::refresh),
                new WindowCommand("toggleTheme", "View", "Light / Dark Theme", MaterialDesignT.THEME_LIGHT_DARK,
                        "Shortcut+T", false, never, toggleTheme),
                new WindowCommand("addMigration", "Migrations", "Add…", MaterialDesignP.PLUS, "Shortcut+N", true,
                        workspace.busyProperty(), () -> dialogs.show(new AddMigrationDialog(workspace, Clock.systemUTC(),
                        created -> editorTabs.open(created.get(0), null)))),
                new WindowCommand("runMigrations", "Migrations", "Run…", MaterialDesignP.PLAY, "Shortcut+R", true,
                        workspace.busyProperty(), () -> dialogs.show(new RunDialog(workspace, model.executor(),
                        editorTabs::openAt))),
                new WindowCommand("revertMigration", "Migrations", "Revert…", MaterialDesignU.UNDO_VARIANT,
                        "Shortcut+Shift+R", true, workspace.busyProperty(),
                        () -> dialogs.show(new RevertDialog(workspace, model.executor(), editorTabs::openAt,
                                model.schemaDrift().reversibilityProperty())))));
        commands.addAll(databaseCommands(model, dialogs));
        commands.add(new WindowCommand("shortcuts", "Help", "Keyboard Shortcuts", MaterialDesignK.KEYBOARD, "F1", false,
                never, () -> dialogs.show(new ShortcutsDialog(commands))));
        return List.copyOf(commands);
    }

    /** The Database menu: the schema checks, which run in the background and show in the Schema tab. */
    private static List<WindowCommand> databaseCommands(MainModel model, WindowDialogs dialogs) {
        SchemaCheckViewModel schemaCheck = model.schemaCheck();
        BooleanBinding unavailable = schemaCheck.unavailableReasonProperty().isNotNull();
        return List.of(
                new WindowCommand("checkSchema", "Database", "Check Schema", MaterialDesignD.DATABASE_SEARCH,
                        "Shortcut+Shift+K", true, unavailable, schemaCheck::checkDrift),
                new WindowCommand("compareDatabases", "Database", "Compare with Another Database…",
                        MaterialDesignD.DATABASE_SYNC, null, false, model.workspace().databaseProperty().isNull(),
                        () -> dialogs.show(new CompareDatabasesDialog(model.workspace(), model.executor(),
                                model.settings()))),
                new WindowCommand("checkReversibility", "Database", "Check Reversibility of All",
                        MaterialDesignB.BACKUP_RESTORE, null, false, unavailable,
                        () -> schemaCheck.checkReversibility(OptionalLong.empty())));
    }
}
