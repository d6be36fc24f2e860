package dev.driftless.ui;

import dev.driftless.ui.settings.Theme;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

import java.util.function.Consumer;

/** File > Preferences: the theme, applied at once and kept in the settings. */
final class PreferencesDialog extends Dialog<Void> {

    /** @param useTheme applies and remembers a theme */
    PreferencesDialog(Theme current, Consumer<Theme> useTheme) {
        setTitle("Preferences");
        ToggleGroup themes = new ToggleGroup();
        HBox choices = new HBox(12, themeChoice("Light", Theme.LIGHT, "themeLight", themes, current, useTheme),
                themeChoice("Dark", Theme.DARK, "themeDark", themes, current, useTheme));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Theme"), choices);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
    }

    private static RadioButton themeChoice(String label, Theme theme, String id, ToggleGroup group, Theme current,
                                           Consumer<Theme> useTheme) {
        RadioButton choice = new RadioButton(label);
        choice.setId(id);
        choice.setToggleGroup(group);
        choice.setSelected(theme == current);
        choice.setOnAction(event -> useTheme.accept(theme));
        return choice;
    }
}
