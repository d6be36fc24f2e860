package dev.driftless.ui.editor;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * The editor area: a tab per open file, bound to an {@link EditorTabsViewModel}. Ctrl+S saves
 * the selected file; closing a tab with unsaved edits asks to save, discard or cancel.
 * The selected tab's controls carry the ids ({@code #sqlEditor}, {@code #editorBanner},
 * {@code #editorShowDrift}, ...).
 */
public final class EditorTabsView extends StackPane {
    private static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    private static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);

    private final EditorTabsViewModel model;
    private final LongConsumer showDiagnosis;
    private final TabPane tabs = new TabPane();
    private final Map<EditorViewModel, Tab> tabsByDocument = new HashMap<>();

    /** @param showDiagnosis called with a version when a person asks, from a banner, what changed in it */
    public EditorTabsView(EditorTabsViewModel model, LongConsumer showDiagnosis) {
        this.model = model;
        this.showDiagnosis = showDiagnosis;
        tabs.setId("editorTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        // Over the tabs while none is open: an empty area would look like something failed to load.
        Label placeholder = new Label(
                "Select a migration in the tree to open its file, or add a new one with the Add button.");
        placeholder.setId("editorPlaceholder");
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.setWrapText(true);
        placeholder.setMouseTransparent(true);
        placeholder.visibleProperty().bind(Bindings.isEmpty(tabs.getTabs()));
        getChildren().addAll(tabs, placeholder);

        model.documents().forEach(this::addTab);
        model.dialectProperty().addListener((obs, old, dialect) ->
                tabsByDocument.values().forEach(tab -> view(tab).editor().setDialect(dialect)));
        model.documents().addListener((ListChangeListener<EditorViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(document -> tabs.getTabs().remove(tabsByDocument.remove(document)));
                change.getAddedSubList().forEach(this::addTab);
            }
        });
        model.selectedProperty().addListener((obs, old, document) -> {
            if (document != null) {
                tabs.getSelectionModel().select(tabsByDocument.get(document));
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            if (old != null) {
                view(old).setIdsActive(false);
            }
            if (tab != null) {
                view(tab).setIdsActive(true);
                model.selectedProperty().set(view(tab).model());
                view(tab).editor().codeArea().requestFocus();
            }
        });

        model.onTabRequest((document, request) -> {
            switch (request) {
                case CLOSE -> confirmClose(document);
                case FIND -> view(tabsByDocument.get(document)).editor().showFind(false);
                case REPLACE -> view(tabsByDocument.get(document)).editor().showFind(true);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(event)) {
                model.saveCurrent();
                event.consume();
            }
        });
        // Files are often changed outside (git checkout, another editor): look again on return.
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::focusedProperty)
                .addListener((obs, was, focused) -> {
                    if (Boolean.TRUE.equals(focused)) {
                        model.reloadChangedFiles();
                    }
                });
    }

    private void addTab(EditorViewModel document) {
        EditorView view = new EditorView(document, new SqlEditorPane(model.dialectProperty().get(), model.loading()),
                showDiagnosis);
        Tab tab = new Tab();
        tab.textProperty().bind(Bindings.when(document.dirtyProperty())
                .then("• " + document.fileName()).otherwise(document.fileName()));
        tab.setContent(view);
        tab.setOnCloseRequest(event -> {
            event.consume(); // the tab goes when the model drops the document
            confirmClose(document);
        });
        tabsByDocument.put(document, tab);
        tabs.getTabs().add(tab);
    }

    /** Closes at once when clean; otherwise asks, and on Save closes only once the file is written. */
    private void confirmClose(EditorViewModel document) {
        if (!document.isDirty()) {
            model.close(document);
            return;
        }
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                document.fileName() + " has unsaved changes.", SAVE, DISCARD, ButtonType.CANCEL);
        alert.setHeaderText("Save changes before closing?");
        alert.initOwner(getScene().getWindow());
        Optional<ButtonType> choice = alert.showAndWait();
        if (choice.isPresent() && choice.get() == SAVE) {
            document.save(() -> model.close(document));
        } else if (choice.isPresent() && choice.get() == DISCARD) {
            model.close(document);
        }
    }

    private static EditorView view(Tab tab) {
        return (EditorView) tab.getContent();
    }
}
