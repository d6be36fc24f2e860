package dev.driftless.ui.drift;

import com.github.difflib.text.DiffRow;
import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.repair.LedgerRepair;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Window;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.List;
import java.util.Locale;

/**
 * The drift pane ({@code #driftView}): for a drifted, missing or failed migration, a header with
 * the kind of change ({@code #driftClassification}, "cosmetic" when the same SQL runs), where the
 * applied text came from ({@code #driftSource}), the repair that fits ({@code #repairButton}) and
 * undo of the last repair ({@code #undoRepair}); then the explanation and the difference, either
 * as a unified diff ({@code #driftDiff}) or side by side, applied left and current right
 * ({@code #driftSideBySide}), switched with {@code #driftSideBySideToggle}.
 */
public final class DriftView extends VBox {
    private static final String STYLESHEET = DriftView.class.getResource("drift.css").toExternalForm();

    private final DriftViewModel viewModel;
    private final CodeArea diff = new CodeArea();

    public DriftView(DriftViewModel viewModel) {
        this.viewModel = viewModel;
        setId("driftView");
        getStyleClass().add("drift-view");
        getStylesheets().add(STYLESHEET);
        setSpacing(6);
        setPadding(new Insets(6));

        Label classification = new Label();
        classification.setId("driftClassification");
        classification.getStyleClass().add("drift-badge");
        viewModel.classificationProperty().subscribe(kind -> showBadge(classification, kind));
        Label source = new Label();
        source.setId("driftSource");
        source.textProperty().bind(Bindings.createStringBinding(() -> viewModel.sourceProperty().get().isEmpty()
                ? "" : "applied text: " + viewModel.sourceProperty().get(), viewModel.sourceProperty()));
        Label state = new Label();
        state.setId("driftState");
        state.getStyleClass().add("drift-state");
        state.textProperty().bind(Bindings.createStringBinding(this::stateText, viewModel.needsAttentionProperty(),
                viewModel.loadingProperty(), viewModel.errorProperty(), viewModel.diagnosisProperty()));
        ToggleButton sideBySideToggle = new ToggleButton("Side by side");
        sideBySideToggle.setId("driftSideBySideToggle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, classification, source, state, spacer, sideBySideToggle, restoreButton(),
                undoRestoreButton(), repairButton(), undoButton());
        header.setAlignment(Pos.CENTER_LEFT);

        Label advice = new Label();
        advice.setId("lineEndingAdvice");
        advice.setWrapText(true);
        advice.textProperty().bind(viewModel.lineEndingAdviceProperty());
        Button gitattributes = new Button("Add to .gitattributes");
        gitattributes.setId("gitattributesButton");
        gitattributes.disableProperty().bind(viewModel.workspace().busyProperty()
                .or(viewModel.gitattributesPresentProperty()));
        gitattributes.setOnAction(event -> viewModel.prepareGitattributes(edit -> confirmFile(
                new FileChangeDialog("Add to .gitattributes", edit, "\"Undo .gitattributes\" puts the previous "
                        + "content back during this session."), () -> viewModel.applyGitattributes(edit))));
        Button undoGitattributes = new Button("Undo .gitattributes", new FontIcon(MaterialDesignU.UNDO));
        undoGitattributes.setId("undoGitattributes");
        undoGitattributes.visibleProperty().bind(viewModel.gitattributesUndoProperty().isNotNull());
        undoGitattributes.managedProperty().bind(undoGitattributes.visibleProperty());
        undoGitattributes.disableProperty().bind(viewModel.workspace().busyProperty());
        undoGitattributes.setOnAction(event -> viewModel.undoGitattributes());
        HBox lineEndings = new HBox(10, advice, gitattributes, undoGitattributes);
        lineEndings.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(advice, Priority.ALWAYS);
        lineEndings.visibleProperty().bind(viewModel.lineEndingAdviceProperty().isNotEmpty());
        lineEndings.managedProperty().bind(lineEndings.visibleProperty());

        Label explanation = new Label();
        explanation.setId("driftExplanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(viewModel.explanationProperty());
        explanation.managedProperty().bind(explanation.textProperty().isNotEmpty());

        diff.setId("driftDiff");
        diff.getStyleClass().add("drift-diff");
        diff.setEditable(false);
        viewModel.diffProperty().subscribe(this::showDiff);
        VirtualizedScrollPane<CodeArea> unified = new VirtualizedScrollPane<>(diff);
        ListView<DriftViewModel.SideBySideLine> sideBySide = new ListView<>(viewModel.sideBySide());
        sideBySide.setId("driftSideBySide");
        sideBySide.getStyleClass().add("drift-side-by-side");
        sideBySide.setCellFactory(list -> new SideBySideCell());
        sideBySide.setPlaceholder(new Label("the applied text is not known, so there is nothing to compare"));
        unified.visibleProperty().bind(sideBySideToggle.selectedProperty().not());
        sideBySide.visibleProperty().bind(sideBySideToggle.selectedProperty());
        StackPane diffs = new StackPane(unified, sideBySide);
        diffs.visibleProperty().bind(viewModel.diagnosisProperty().isNotNull());
        VBox.setVgrow(diffs, Priority.ALWAYS);

        getChildren().addAll(header, explanation, lineEndings, diffs);
    }

    private String stateText() {
        if (!viewModel.needsAttentionProperty().get()) {
            return "Select a drifted, missing or failed migration to see what changed.";
        }
        if (viewModel.errorProperty().get() != null) {
            return viewModel.errorProperty().get();
        }
        return viewModel.loadingProperty().get() ? "Diagnosing…" : "";
    }

    private static void showBadge(Label badge, DriftClassification kind) {
        badge.getStyleClass().removeAll(DriftBadge.SEVERITY_CLASSES);
        badge.setVisible(kind != null);
        if (kind == null) {
            badge.setText(null);
            return;
        }
        // Said in words as well as colour: "cosmetic" is what tells a person the database is fine.
        badge.setText(kind.label() + (kind.isCosmetic() ? " · cosmetic" : ""));
        badge.getStyleClass().add(DriftBadge.severityClass(kind));
        badge.setTooltip(new Tooltip(kind.meaning()));
    }

    private void showDiff(String text) {
        diff.replaceText(text);
        for (int paragraph = 0; paragraph < diff.getParagraphs().size(); paragraph++) {
            String line = diff.getText(paragraph);
            diff.setParagraphStyle(paragraph, List.of(lineClass(line)));
        }
        diff.moveTo(0);
    }

    private static String lineClass(String line) {
        if (line.startsWith("+++") || line.startsWith("---")) {
            return "diff-file";
        }
        if (line.startsWith("@@")) {
            return "diff-hunk";
        }
        if (line.startsWith("+")) {
            return "diff-added";
        }
        return line.startsWith("-") ? "diff-removed" : "diff-context";
    }

    private Button repairButton() {
        Button repair = new Button();
        repair.setId("repairButton");
        repair.setGraphic(new FontIcon(MaterialDesignW.WRENCH));
        repair.textProperty().bind(viewModel.repairKindProperty().map(DriftViewModel::buttonLabel));
        repair.visibleProperty().bind(viewModel.repairKindProperty().isNotNull());
        repair.managedProperty().bind(repair.visibleProperty());
        repair.disableProperty().bind(viewModel.workspace().busyProperty());
        repair.setOnAction(event -> viewModel.prepareRepair(planned -> {
            LedgerRepair ledgerRepair = planned.repair();
            RepairDialog dialog = new RepairDialog(DriftViewModel.buttonLabel(ledgerRepair.kind()),
                    ledgerRepair.description(), ledgerRepair.preview(), viewModel.confirmation());
            confirm(dialog, () -> viewModel.applyRepair(planned));
        }));
        return repair;
    }

    private Button restoreButton() {
        Button restore = new Button("Restore applied text", new FontIcon(MaterialDesignU.UNDO_VARIANT));
        restore.setId("restoreButton");
        restore.visibleProperty().bind(viewModel.restorableProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        restore.disableProperty().bind(viewModel.workspace().busyProperty());
        restore.setOnAction(event -> viewModel.prepareRestore(edit -> confirmFile(
                new FileChangeDialog("Restore applied text", edit, "\"Undo restore\" writes the current content "
                        + "back during this session (it is kept in memory only)."), () -> viewModel.applyRestore(edit))));
        return restore;
    }

    private Button undoRestoreButton() {
        Button undo = new Button("Undo restore", new FontIcon(MaterialDesignU.UNDO));
        undo.setId("undoRestore");
        undo.visibleProperty().bind(viewModel.restoreUndoProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.disableProperty().bind(viewModel.workspace().busyProperty());
        undo.setOnAction(event -> viewModel.undoRestore());
        return undo;
    }

    private void confirmFile(FileChangeDialog dialog, Runnable onConfirmed) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.showAndWait().filter(FileChangeDialog.CONFIRM::equals).ifPresent(confirmed -> onConfirmed.run());
    }

    private Button undoButton() {
        Button undo = new Button("Undo last repair", new FontIcon(MaterialDesignU.UNDO));
        undo.setId("undoRepair");
        undo.disableProperty().bind(viewModel.workspace().busyProperty()
                .or(viewModel.workspace().databaseProperty().isNull()));
        undo.setOnAction(event -> viewModel.prepareUndo(prepared -> {
            RepairDialog dialog = new RepairDialog("Undo last repair", "undo " + prepared.repair().description(),
                    prepared.repair().undoPreview(), viewModel.confirmation());
            confirm(dialog, () -> viewModel.applyUndo(prepared));
        }));
        return undo;
    }

    private void confirm(RepairDialog dialog, Runnable onConfirmed) {
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.showAndWait().filter(RepairDialog.CONFIRM::equals).ifPresent(confirmed -> onConfirmed.run());
    }

    /** One row of the side-by-side view: applied half left, current half right, changed words highlighted. */
    private static final class SideBySideCell extends ListCell<DriftViewModel.SideBySideLine> {
        private static final List<String> TAG_CLASSES = List.of(DiffRow.Tag.values()).stream()
                .map(SideBySideCell::tagClass).toList();

        @Override
        protected void updateItem(DriftViewModel.SideBySideLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(TAG_CLASSES);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            getStyleClass().add(tagClass(line.tag()));
            GridPane halves = new GridPane();
            ColumnConstraints half = new ColumnConstraints();
            half.setPercentWidth(50);
            halves.getColumnConstraints().addAll(half, half);
            halves.add(flow(line.applied(), "drift-applied"), 0, 0);
            halves.add(flow(line.current(), "drift-current"), 1, 0);
            setGraphic(halves);
        }

        private static String tagClass(DiffRow.Tag tag) {
            return "diff-row-" + tag.name().toLowerCase(Locale.ROOT);
        }

        /** Splits a line at the change markers into plain and highlighted runs. */
        private static TextFlow flow(String line, String side) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add(side);
            boolean changed = false;
            StringBuilder run = new StringBuilder();
            for (char c : line.toCharArray()) {
                if (c == DriftViewModel.CHANGE_START || c == DriftViewModel.CHANGE_END) {
                    addRun(flow, run, changed);
                    changed = c == DriftViewModel.CHANGE_START;
                } else {
                    run.append(c);
                }
            }
            addRun(flow, run, changed);
            return flow;
        }

        private static void addRun(TextFlow flow, StringBuilder run, boolean changed) {
            if (run.isEmpty()) {
                return;
            }
            Text text = new Text(run.toString());
            text.getStyleClass().add(changed ? "diff-inline-change" : "diff-text");
            flow.getChildren().add(text);
            run.setLength(0);
        }
    }
}
