package dev.driftless.ui;

import javafx.beans.value.ObservableStringValue;
import org.kordamp.ikonli.Ikon;

/**
 * One action of the window, declared once and shown in the menu, on the tool bar, with its
 * shortcut, and in the help overlay.
 *
 * @param id        control id of the tool bar button (the menu item gets id + "Menu")
 * @param shortcut  a KeyCombination text such as "Shortcut+R", or null
 * @param whyNot    why the action cannot act now ("No file is open"), or null when it can; the tool bar
 *                  button is disabled with it as its tooltip, the menu item disabled
 */
public record WindowCommand(String id, String menu, String label, Ikon icon, String shortcut, boolean onToolBar,
                            ObservableStringValue whyNot, Runnable action) {
}
