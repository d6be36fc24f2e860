package dev.driftless.ui;

import dev.driftless.ui.settings.Theme;

import java.util.function.Consumer;

/**
 * What the window's commands ask of the stage they run in.
 *
 * @param chooseFolder asks for a project folder and opens it
 * @param useTheme     applies a theme and remembers it
 * @param quit         closes the window as its close button does (asking about unsaved edits)
 */
record StageActions(Runnable chooseFolder, Consumer<Theme> useTheme, Runnable quit) {
}
