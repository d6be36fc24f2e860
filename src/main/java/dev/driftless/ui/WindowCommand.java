package dev.driftless.ui;

import javafx.beans.value.ObservableBooleanValue;
import org.kordamp.ikonli.Ikon;

/**
 * One action of the window, declared once and shown in the menu, on the tool bar, with its
 * shortcut, and in the help overlay.
 *
 * @param id        control id of the tool bar button (the menu item gets id + "Menu")
 * @param shortcut  a KeyCombination text such as "Shortcut+R", or null
 * @param disabled  when the action is not available (e.g. while another action runs)
 */
public record WindowCommand(String id, String menu, String label, Ikon icon, String shortcut, boolean onToolBar,
                            ObservableBooleanValue disabled, Runnable action) {
}
