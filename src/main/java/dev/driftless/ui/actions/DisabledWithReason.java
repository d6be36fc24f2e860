package dev.driftless.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/**
 * A control that is disabled exactly while there is a reason, which is then its tooltip. JavaFX shows no
 * tooltip on a disabled control, so the tooltip sits on this wrapper around it (the control's own tooltip,
 * if any, still shows while it is enabled). Put the wrapper where the control would go.
 */
public final class DisabledWithReason extends StackPane {
    private final Tooltip why = new Tooltip();

    /** @param reason why the control cannot act now, or null when it can */
    public DisabledWithReason(Control control, ObservableStringValue reason) {
        super(control);
        getStyleClass().add("disabled-with-reason");
        if (control.getId() != null) {
            setId(control.getId() + "Why");
        }
        control.disableProperty().bind(Bindings.isNotNull(reason));
        why.textProperty().bind(reason);
        why.setWrapText(true);
        why.setMaxWidth(420);
        reason.subscribe(text -> {
            if (text == null) {
                Tooltip.uninstall(this, why);
            } else {
                Tooltip.install(this, why);
            }
        });
        // Hidden with its control, taking no room then.
        visibleProperty().bind(control.visibleProperty());
        managedProperty().bind(control.managedProperty());
        setMinWidth(USE_PREF_SIZE);
    }

    /** {@code reason} while {@code condition} holds, else null: a reason for a control that has only one. */
    public static ObservableStringValue reasonWhile(ObservableBooleanValue condition, String reason) {
        return Bindings.when(condition).then(reason).otherwise((String) null);
    }

    /** The tooltip that says why; its text is the reason while there is one. */
    public Tooltip tooltip() {
        return why;
    }
}
