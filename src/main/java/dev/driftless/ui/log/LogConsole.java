package dev.driftless.ui.log;

import dev.driftless.ui.SystemClipboard;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.Locale;

/** The log console: every action with its time and outcome, newest at the bottom, copyable. */
public final class LogConsole extends BorderPane {

    public LogConsole(LogViewModel viewModel) {
        getStyleClass().add("log-console");
        ListView<LogEntry> lines = new ListView<>(viewModel.entries());
        lines.setId("logLines");
        lines.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        lines.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(LogEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                getStyleClass().removeIf(style -> style.startsWith("log-"));
                setText(empty || entry == null ? null : entry.asText());
                if (!empty && entry != null) {
                    getStyleClass().add("log-" + entry.level().name().toLowerCase(Locale.ROOT));
                }
            }
        });
        viewModel.entries().addListener((ListChangeListener<LogEntry>) change -> lines.scrollTo(viewModel.entries().size() - 1));

        Button copy = new Button("Copy", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("copyLog");
        copy.setOnAction(event -> SystemClipboard.putText(viewModel.asText()));
        HBox actions = new HBox(copy);
        actions.getStyleClass().add("log-actions");
        setCenter(lines);
        setRight(actions);
    }
}
