package dev.driftless.ui;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;

/**
 * The Edit menu's text edits, done to whatever has the keyboard focus: a text field, the SQL editor,
 * a read-only code view (where only Copy does anything). Anything else is left alone.
 */
enum TextEdit {
    UNDO, REDO, CUT, COPY, PASTE;

    /** The edits of one kind of text control (JavaFX's fields and RichTextFX's areas share no interface). */
    private record Target(boolean editable, Runnable undo, Runnable redo, Runnable cut, Runnable copy, Runnable paste) {
    }

    void applyTo(Node focused) {
        Target target;
        if (focused instanceof TextInputControl field) {
            target = new Target(field.isEditable(), field::undo, field::redo, field::cut, field::copy, field::paste);
        } else if (focused instanceof GenericStyledArea<?, ?, ?> area) {
            target = new Target(area.isEditable(), area::undo, area::redo, area::cut, area::copy, area::paste);
        } else {
            return;
        }
        if (this == COPY) {
            target.copy().run();
        } else if (target.editable()) {
            switch (this) {
                case UNDO -> target.undo().run();
                case REDO -> target.redo().run();
                case CUT -> target.cut().run();
                default -> target.paste().run();
            }
        }
    }
}
