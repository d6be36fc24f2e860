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

/** The help overlay: every window command with its keyboard shortcut, plus the keys of single controls. */
final class ShortcutsDialog extends Dialog<Void> {
    /** Keys that belong to one control rather than to a window command. */
    private static final List<String[]> CONTROL_KEYS = List.of(
            new String[] {"Open the selected migration (tree)", "Enter"},
            new String[] {"Close the find bar (editor)", "Esc"});

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
        for (String[] controlKey : CONTROL_KEYS) {
            grid.addRow(row++, new Label(controlKey[0]), keys(controlKey[1]));
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
