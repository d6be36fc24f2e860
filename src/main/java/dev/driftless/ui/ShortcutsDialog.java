package dev.driftless.ui;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The help overlay: every window command with its keyboard shortcut, plus the editor's keys. */
final class ShortcutsDialog extends Dialog<Void> {
    private static final List<String[]> EDITOR_KEYS = List.of(
            new String[] {"Save file", "Shortcut+S"},
            new String[] {"Find", "Shortcut+F"},
            new String[] {"Replace", "Shortcut+H"},
            new String[] {"Undo / Redo", "Shortcut+Z / Shortcut+Shift+Z"});

    ShortcutsDialog(List<WindowCommand> commands) {
        setTitle("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setId("shortcutsGrid");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(12));
        int row = 0;
        for (WindowCommand command : commands) {
            if (command.shortcut() != null) {
                grid.addRow(row++, new Label(command.label()), keys(command.shortcut()));
            }
        }
        for (String[] editorKey : EDITOR_KEYS) {
            grid.addRow(row++, new Label(editorKey[0]), keys(editorKey[1]));
        }
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    /** Shows shortcuts as this platform writes them (Ctrl on Linux and Windows, the command key on macOS). */
    private static Label keys(String shortcuts) {
        String shown = Arrays.stream(shortcuts.split(" / "))
                .map(shortcut -> KeyCombination.keyCombination(shortcut).getDisplayText())
                .collect(Collectors.joining(" / "));
        Label label = new Label(shown);
        label.getStyleClass().add("shortcut-keys");
        return label;
    }
}
