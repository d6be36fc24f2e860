package dev.driftless.ui.demo;

import atlantafx.base.theme.Styles;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The bar above the panes while the demo project is open ({@code #demoBanner}): what the demo is and what is
 * still true of it ({@code #demoBannerText}), Open Folder for a project of one's own, and a close button
 * ({@code #demoBannerClose}) that hides it until the next start, giving its height back to the panes.
 */
public final class DemoBanner extends HBox {
    private final BooleanProperty dismissed = new SimpleBooleanProperty(false);

    /**
     * @param text         what the demo is now ({@link DemoBannerText})
     * @param demoOpen     whether the open project is the demo
     * @param chooseFolder asks for a project folder and opens it
     */
    public DemoBanner(ObservableStringValue text, ObservableBooleanValue demoOpen, Runnable chooseFolder) {
        super(12);
        Label name = new Label(DemoProject.LABEL);
        Label sentence = new Label();
        sentence.setId("demoBannerText");
        sentence.textProperty().bind(text);
        sentence.setWrapText(true);
        Button open = new Button("Open Folder…", new FontIcon(MaterialDesignF.FOLDER_OPEN));
        open.setId("demoOpenFolder");
        open.getStyleClass().add("accent");
        open.setOnAction(event -> chooseFolder.run());
        Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
        close.setId("demoBannerClose");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setTooltip(new Tooltip("Hide this bar until Driftless starts again"));
        close.setAccessibleText("Hide the demo bar");
        close.setOnAction(event -> dismissed.set(true));
        // The sentence wraps; the name and the buttons keep their full size at any width.
        name.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        close.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().setAll(name, sentence, open, close);
        setId("demoBanner");
        getStyleClass().add("demo-banner");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 4, 6, 8));
        visibleProperty().bind(dismissed.not().and(demoOpen));
        managedProperty().bind(visibleProperty());
    }
}
