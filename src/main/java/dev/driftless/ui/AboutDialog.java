package dev.driftless.ui;

import dev.driftless.build.BuildInfo;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import java.nio.file.Path;

/** Help > About: the version, the Java runtime and the data folder, each selectable so it can go into a bug report. */
final class AboutDialog extends Dialog<Void> {

    AboutDialog(Path dataFolder) {
        setTitle("About Driftless");
        setHeaderText("Driftless " + BuildInfo.version());
        GridPane grid = new GridPane();
        grid.setId("aboutGrid");
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label("Version"), fact("aboutVersion", BuildInfo.version()));
        grid.addRow(1, new Label("Java"), fact("aboutJava", BuildInfo.javaRuntime()));
        grid.addRow(2, new Label("JavaFX"), fact("aboutJavaFx", System.getProperty("javafx.runtime.version", "unknown")));
        grid.addRow(3, new Label("Data folder"), fact("aboutDataFolder", dataFolder.toString()));
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        getDialogPane().setMinWidth(520);
    }

    /** A read-only field rather than a label: the text can be selected and copied. */
    private static TextField fact(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setEditable(false);
        field.setPrefColumnCount(Math.min(60, Math.max(20, text.length())));
        GridPane.setHgrow(field, Priority.ALWAYS);
        return field;
    }
}
