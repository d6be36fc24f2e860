package dev.driftless.ui;

import javafx.css.Styleable;

import java.util.List;

/**
 * The style classes a reused cell or row gives its node for the item it shows (a status, a kind of entry),
 * changed on the node only when they differ from the previous item's. Each change of a node's style classes
 * is a CSS pass over it and its children, and scrolling a large list updates every visible cell at each step.
 */
public final class ItemStyleClasses {
    private final List<String> nodeStyleClasses;
    private List<String> current = List.of();

    public ItemStyleClasses(Styleable node) {
        this.nodeStyleClasses = node.getStyleClass();
    }

    /** Makes {@code wanted} the item's style classes, replacing the ones set before; none for an empty cell. */
    public void set(List<String> wanted) {
        if (!wanted.equals(current)) {
            nodeStyleClasses.removeAll(current);
            nodeStyleClasses.addAll(wanted);
            current = List.copyOf(wanted);
        }
    }
}
