package dev.driftless.ui.database;

import dev.driftless.core.schema.ObjectKey;

import java.util.List;

/**
 * One entry of the Database view's tree: a schema, a group (Tables, Views...) or an object.
 *
 * @param label    what the tree shows
 * @param key      the object's key; null for schemas shown as folders and for groups
 * @param children the entries under it, in order
 */
public record SchemaTreeNode(String label, ObjectKey key, List<SchemaTreeNode> children) {

    public SchemaTreeNode {
        children = List.copyOf(children);
    }

    /** Whether this entry is an object that can be selected and shown. */
    public boolean isObject() {
        return key != null;
    }
}
