package dev.driftless.ui.tree;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What a tree cell shows: its icon, its name ({@code .tree-entry-name}) and, after the name, an optional badge.
 * When the line is narrower than all three, only the name shrinks (ending in an ellipsis): the icon and the badge
 * keep their size.
 */
final class EntryLine extends HBox {
    private final FontIcon icon;
    private final Label name = new Label();

    EntryLine(FontIcon icon) {
        super(4);
        this.icon = icon;
        setAlignment(Pos.CENTER_LEFT);
        name.getStyleClass().add("tree-entry-name");
        name.setMinWidth(0);
        name.setTextOverrun(OverrunStyle.ELLIPSIS);
        name.setEllipsisString("…");
        HBox.setHgrow(name, Priority.ALWAYS);
        getChildren().setAll(icon, name);
    }

    /** Shows a name, and a badge after it (or none). */
    void show(String text, Node badge) {
        name.setText(text);
        if (badge instanceof Region region) {
            region.setMinWidth(Region.USE_PREF_SIZE);
        }
        if (badge == null && getChildren().size() > 2) {
            getChildren().remove(2);
        } else if (badge != null) {
            getChildren().setAll(icon, name, badge);
        }
    }

    /** The name in the cell's colour and font, which the cell's style classes (status, selection) decide. */
    void follow(Paint textFill, Font font) {
        name.setTextFill(textFill);
        name.setFont(font);
    }

    Label name() {
        return name;
    }
}
