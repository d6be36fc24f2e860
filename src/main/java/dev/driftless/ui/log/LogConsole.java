package dev.driftless.ui.log;

import dev.driftless.ui.SystemClipboard;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.util.Locale;

/**
 * The log console: every action with its time and outcome, newest at the bottom, copyable. It follows new
 * entries, as a terminal does, unless the person has scrolled up to read older ones; scrolling back to the
 * newest follows again.
 */
public final class LogConsole extends BorderPane {
    private final ListView<LogEntry> lines;
    /** Whether the newest entry was in view after the person last scrolled (or used the keys or the mouse). */
    private boolean following = true;

    public LogConsole(LogViewModel viewModel) {
        getStyleClass().add("log-console");
        lines = new ListView<>(viewModel.entries());
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
        viewModel.entries().addListener((ListChangeListener<LogEntry>) change -> {
            if (following) {
                // Once the list has counted the new entries itself (its skin listens after this).
                Platform.runLater(() -> lines.scrollTo(viewModel.entries().size() - 1));
            }
        });
        // Only a person's scrolling decides: the list's own position moves while entries arrive.
        lines.addEventHandler(ScrollEvent.SCROLL, event -> seeWhetherFollowing());
        lines.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> seeWhetherFollowing());
        lines.addEventHandler(KeyEvent.KEY_RELEASED, event -> seeWhetherFollowing());
        // Built after entries arrived (the tab is built late): it opens on the newest.
        lines.skinProperty().addListener((observable, before, skin) -> lines.scrollTo(viewModel.entries().size() - 1));

        Button copy = new Button("Copy", new FontIcon(MaterialDesignC.CONTENT_COPY));
        copy.setId("copyLog");
        copy.setOnAction(event -> SystemClipboard.putText(viewModel.asText()));
        HBox actions = new HBox(copy);
        actions.getStyleClass().add("log-actions");
        setCenter(lines);
        setRight(actions);
    }

    private void seeWhetherFollowing() {
        Platform.runLater(() -> {
            lines.layout(); // the scroll is laid out: the cells in view are those the person sees
            VirtualFlow<?> flow = (VirtualFlow<?>) lines.lookup(".virtual-flow");
            IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
            following = last == null || last.getIndex() >= lines.getItems().size() - 1;
        });
    }
}
