package dev.driftless.ui.drift;

import atlantafx.base.theme.Styles;
import com.github.difflib.text.DiffRow;
import dev.driftless.core.drift.DriftClassification;
import dev.driftless.ui.actions.DisabledWithReason;
import dev.driftless.ui.CodeFont;
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
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;

/**
 * The drift pane ({@code #driftView}): for a drifted, missing or failed migration, a header with
 * the kind of change ({@code #driftClassification}, "cosmetic" when the same SQL runs), where the
 * applied text came from ({@code #driftSource}), the file repairs ({@code #restoreButton},
 * {@code #moveEditButton}, and for line-endings drift {@code #gitattributesButton} and
 * {@code #ignoredCharsButton}) with {@code #undoFileRepair}, the ledger repair that fits
 * ({@code #repairButton}) and undo of the last one ({@code #undoRepair}); then the explanation and the difference, either
 * as a unified diff ({@code #driftDiff}) or side by side, applied left and current right
 * ({@code #driftSideBySide}), switched with {@code #driftSideBySideToggle}.
 */
public final class DriftView extends VBox {
    private static final String STYLESHEET = DriftView.class.getResource("drift.css").toExternalForm();

    private final DriftViewModel viewModel;
    private final FileRepairViewModel fileRepairs;
    private final DriftRepairs driftRepairs;
    private final CodeArea diff = new CodeArea();

    public DriftView(DriftViewModel viewModel, FileRepairViewModel fileRepairs) {
        this(new DriftRepairs(viewModel, fileRepairs));
    }

    /** @param driftRepairs the repairs its buttons make, shared with the Migrations menu */
    public DriftView(DriftRepairs driftRepairs) {
        this.driftRepairs = driftRepairs;
        this.viewModel = driftRepairs.drift();
        this.fileRepairs = driftRepairs.fileRepairs();
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
        Tooltip sourceDetail = new Tooltip();
        sourceDetail.textProperty().bind(viewModel.sourceDetailProperty());
        source.setTooltip(sourceDetail);
        Label state = new Label();
        state.setId("driftState");
        state.getStyleClass().add("drift-state");
        state.textProperty().bind(Bindings.createStringBinding(this::stateText, viewModel.needsAttentionProperty(),
                viewModel.loadingProperty(), viewModel.errorProperty(), viewModel.diagnosisProperty()));
        ToggleButton sideBySideToggle = new ToggleButton("Side by side");
        sideBySideToggle.setId("driftSideBySideToggle");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, classification, source, state, spacer, sideBySideToggle);
        header.setAlignment(Pos.CENTER_LEFT);
        // A row of their own, wrapping in a narrow window: side by side with the header they were cut short.
        FlowPane repairs = new FlowPane(8, 4, button(driftRepairs.restore()), button(driftRepairs.moveEdit()),
                button(driftRepairs.ledgerRepair()), button(driftRepairs.undoLedgerRepair()),
                button(driftRepairs.undoFileRepair()));
        repairs.setId("driftRepairs");

        Label advice = new Label();
        advice.setId("lineEndingAdvice");
        advice.setWrapText(true);
        advice.textProperty().bind(fileRepairs.lineEndingAdviceProperty());
        // The buttons on a row of their own under the advice, never narrower than their labels: beside a
        // wrapping advice they were squeezed to "...".
        FlowPane lineEndingRepairs = new FlowPane(8, 4, button(driftRepairs.gitattributes()),
                button(driftRepairs.ignoredChars()));
        advice.setMinHeight(Region.USE_PREF_SIZE);
        VBox lineEndings = new VBox(4, advice, lineEndingRepairs);
        lineEndings.setId("lineEndingRepairs");
        lineEndings.visibleProperty().bind(fileRepairs.lineEndingAdviceProperty().isNotEmpty());
        lineEndings.managedProperty().bind(lineEndings.visibleProperty());

        Label explanation = new Label();
        explanation.setId("driftExplanation");
        explanation.setWrapText(true);
        // Without it the VBox keeps the label at one line and cuts the explanation short.
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        explanation.textProperty().bind(viewModel.explanationProperty());
        explanation.managedProperty().bind(explanation.textProperty().isNotEmpty());

        diff.setId("driftDiff");
        diff.getStyleClass().addAll("drift-diff", CodeFont.STYLE_CLASS);
        diff.setEditable(false);
        viewModel.diffProperty().subscribe(this::showDiff);
        VirtualizedScrollPane<CodeArea> unified = new VirtualizedScrollPane<>(diff);
        ListView<DriftViewModel.SideBySideLine> sideBySide = new ListView<>(viewModel.sideBySide());
        sideBySide.setId("driftSideBySide");
        sideBySide.getStyleClass().addAll("drift-side-by-side", CodeFont.STYLE_CLASS);
        sideBySide.setCellFactory(list -> new SideBySideCell());
        sideBySide.setPlaceholder(new Label("the applied text is not known, so there is nothing to compare"));
        unified.visibleProperty().bind(sideBySideToggle.selectedProperty().not());
        sideBySide.visibleProperty().bind(sideBySideToggle.selectedProperty());
        StackPane diffs = new StackPane(unified, sideBySide);
        diffs.visibleProperty().bind(viewModel.diagnosisProperty().isNotNull());
        VBox.setVgrow(diffs, Priority.ALWAYS);

        getChildren().addAll(header, repairs, explanation, lineEndings, diffs);
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

    /** A repair's button: hidden when this drift has no such repair, disabled with the reason when it cannot act. */
    private Region button(DriftRepairs.Repair repair) {
        Button button = new Button();
        button.setId(repair.id());
        // Small: at 900 px wide the five fit on one line and leave the diff its room.
        button.getStyleClass().add(Styles.SMALL);
        button.textProperty().bind(repair.label());
        if (repair.icon() != null) {
            button.setGraphic(new FontIcon(repair.icon()));
        }
        if (repair.tooltip() != null) {
            button.setTooltip(new Tooltip(repair.tooltip()));
        }
        button.visibleProperty().bind(repair.offered());
        button.managedProperty().bind(button.visibleProperty());
        button.setOnAction(event -> repair.start().accept(getScene() == null ? null : getScene().getWindow()));
        return new DisabledWithReason(button, repair.whyNot());
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
