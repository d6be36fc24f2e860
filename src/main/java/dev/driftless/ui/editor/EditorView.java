package dev.driftless.ui.editor;

import dev.driftless.core.source.Checksum;
import dev.driftless.ui.CodeFont;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.CodeArea;

import java.util.function.LongConsumer;

/**
 * One open file: the status banner, the conflict prompt and the error line above a
 * {@link SqlEditorPane}, bound to an {@link EditorViewModel}. The banner of a drifted or failed
 * migration offers "Show what changed" ({@code #editorShowDrift} while the tab is selected).
 */
public final class EditorView extends BorderPane {
    private final EditorViewModel model;
    private final SqlEditorPane editor;
    private final HBox banner = new HBox();
    private final Label bannerMessage = new Label();
    private final Button showWhatChanged = new Button("Show what changed");
    private final HBox conflictBar = new HBox();
    private final Label error = new Label();

    /**
     * @param editor        the text area for this file
     * @param showDiagnosis called with the migration's version when "Show what changed" is pressed
     */
    public EditorView(EditorViewModel model, SqlEditorPane editor, LongConsumer showDiagnosis) {
        this.model = model;
        this.editor = editor;
        getStylesheets().add(SqlEditorPane.STYLESHEET);
        showWhatChanged.setOnAction(event -> showDiagnosis.accept(model.statusProperty().get().version()));

        bannerMessage.setWrapText(true);
        // The message wraps; the button keeps its whole label.
        showWhatChanged.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(bannerMessage, Priority.ALWAYS);
        banner.getStyleClass().add("editor-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        model.bannerProperty().addListener((obs, old, now) -> showBanner(now));
        showBanner(model.bannerProperty().get());

        Label conflictMessage = new Label("The file changed on disk while you were editing it.");
        conflictMessage.setWrapText(true);
        HBox.setHgrow(conflictMessage, Priority.ALWAYS);
        Button reload = new Button("Reload (discard my edits)");
        reload.setOnAction(e -> model.reloadFromDisk());
        Button keepMine = new Button("Keep mine (overwrite on next save)");
        keepMine.setOnAction(e -> model.keepMine());
        conflictBar.getChildren().setAll(conflictMessage, reload, keepMine);
        conflictBar.getStyleClass().addAll("editor-banner", "danger");
        conflictBar.setId("conflictBar");
        conflictBar.setAlignment(Pos.CENTER_LEFT);
        showWhen(conflictBar, model.isConflict());
        model.conflictProperty().addListener((obs, old, now) -> showWhen(conflictBar, now));

        error.getStyleClass().add("editor-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());

        setTop(new VBox(banner, conflictBar, error));
        setCenter(editor);

        editor.setContent(model.getText());
        model.loadCountProperty().addListener((obs, old, now) -> editor.setContent(model.getText()));
        // Not the area's textProperty(): that would build the whole text on every keystroke.
        CodeArea area = editor.codeArea();
        editor.edits().subscribe(change -> model.edited(area.getLength(), area::getText));
        model.lineToRevealProperty().addListener((obs, old, line) -> {
            if (line.intValue() > 0) {
                editor.goToLine(line.intValue());
            }
        });
    }

    public EditorViewModel model() {
        return model;
    }

    public SqlEditorPane editor() {
        return editor;
    }

    /** Gives this view's controls their ids (#sqlEditor, #editorBanner, ...) while it is the selected tab. */
    void setIdsActive(boolean active) {
        editor.setIdsActive(active);
        banner.setId(active ? "editorBanner" : null);
        showWhatChanged.setId(active ? "editorShowDrift" : null);
    }

    private void showBanner(Banner shown) {
        showWhen(banner, shown != null);
        banner.getStyleClass().removeAll("warning", "danger");
        if (shown == null) {
            return;
        }
        banner.getStyleClass().add(shown.level() == Banner.Level.DANGER ? "danger" : "warning");
        bannerMessage.setText(shown.message());
        banner.getChildren().setAll(bannerMessage);
        if (shown.appliedChecksum() != null) {
            banner.getChildren().addAll(checksum("Applied", shown.appliedChecksum()),
                    checksum("Local", shown.localChecksum()));
        }
        if (model.statusProperty().get().status().needsAttention()) {
            banner.getChildren().add(showWhatChanged);
        }
    }

    /** Short hex to read at a glance; the full value in the tooltip, as sqlx prints it. */
    private static Label checksum(String what, Checksum value) {
        Label label = new Label(what + ": " + value.shortHex() + "…");
        label.getStyleClass().addAll("checksum", CodeFont.STYLE_CLASS);
        label.setTooltip(new Tooltip(what + " checksum: " + value.hex()));
        return label;
    }

    private static void showWhen(HBox bar, boolean shown) {
        bar.setVisible(shown);
        bar.setManaged(shown);
    }
}
