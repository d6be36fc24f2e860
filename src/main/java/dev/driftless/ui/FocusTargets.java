package dev.driftless.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import org.fxmisc.richtext.GenericStyledArea;

import java.util.Optional;

/**
 * Where the keyboard goes when a person jumps to a pane: its main control (a tree, a table, a list, a text
 * area), not the first button of a banner above it; in tabs, the selected tab's. A pane without one gets
 * its first focusable control.
 */
final class FocusTargets {
    private FocusTargets() {
    }

    static Optional<Node> mainControlIn(Node pane) {
        return find(pane, true).or(() -> find(pane, false));
    }

    private static Optional<Node> find(Node node, boolean mainOnly) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node instanceof TabPane tabs) {
            return Optional.ofNullable(tabs.getSelectionModel().getSelectedItem())
                    .flatMap(tab -> Optional.ofNullable(tab.getContent())).flatMap(content -> find(content, mainOnly));
        }
        if (node.isFocusTraversable() && (!mainOnly || isMainControl(node))) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = find(child, mainOnly);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isMainControl(Node node) {
        return node instanceof TreeView || node instanceof TableView || node instanceof ListView
                || node instanceof GenericStyledArea || node instanceof TextInputControl && node.getStyleClass()
                .contains("text-area");
    }
}
