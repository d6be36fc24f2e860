package dev.driftless.ui.actions;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiConsumer;

/** The pieces the run and revert views share, each bound to a {@link MigrationActionViewModel}. */
final class ActionViewParts {

    private ActionViewParts() {
    }

    /** The target chooser after its label, on one baseline. */
    static HBox targetRow(MigrationActionViewModel model, String label, String id, String defaultText) {
        HBox row = new HBox(8, new Label(label), targetChooser(model, id, defaultText));
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    /** The target version chooser; the empty choice (null) is the default, named by {@code defaultText}. */
    private static ComboBox<Long> targetChooser(MigrationActionViewModel model, String id, String defaultText) {
        ComboBox<Long> chooser = new ComboBox<>();
        chooser.setId(id);
        chooser.getItems().add(null);
        model.targets().addListener((ListChangeListener<Long>) change -> {
            chooser.getItems().setAll(model.targets());
            chooser.getItems().add(0, null);
        });
        chooser.getItems().addAll(model.targets());
        chooser.valueProperty().bindBidirectional(model.targetProperty());
        chooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(Long version) {
                return version == null ? defaultText : String.valueOf(version);
            }

            @Override
            public Long fromString(String text) {
                return text == null || text.isBlank() || text.equals(defaultText) ? null : Long.valueOf(text.strip());
            }
        });
        chooser.disableProperty().bind(model.phaseProperty().isNotEqualTo(MigrationActionViewModel.Phase.PLANNING));
        return chooser;
    }

    /** The database the action will change, named before anything runs. */
    static Label targetDatabase(MigrationActionViewModel model, String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setGraphic(new FontIcon(MaterialDesignD.DATABASE_OUTLINE));
        label.textProperty().bind(Bindings.concat("Database: ", model.targetDatabaseProperty()));
        return label;
    }

    /**
     * The plan, then the progress: one line per migration with its state's icon and time.
     *
     * @param nothingToDo what an empty plan means, said as the reason the action cannot run
     */
    static ListView<StepProgress> stepList(MigrationActionViewModel model, String id, String nothingToDo) {
        ListView<StepProgress> list = new ListView<>(model.steps());
        list.setId(id);
        list.setPrefHeight(180);
        Label placeholder = new Label();
        // A refused plan is empty too; "nothing to do" would then be wrong.
        placeholder.textProperty().bind(Bindings.when(model.planErrorProperty().isNull())
                .then(nothingToDo).otherwise("refused: see below"));
        list.setPlaceholder(placeholder);
        list.setCellFactory(view -> new StepCell());
        return list;
    }

    /**
     * The planner's refusal: the reason, what to do, and a button that goes to the repair when it is in the
     * Drift tab; hidden while the plan is fine.
     */
    static VBox planError(MigrationActionViewModel model, String id) {
        Label reason = new Label();
        reason.setId(id);
        reason.setWrapText(true);
        reason.getStyleClass().add(Styles.DANGER);
        reason.textProperty().bind(model.planErrorProperty());
        Label hint = new Label();
        hint.setId(id + "Hint");
        hint.setWrapText(true);
        hint.textProperty().bind(model.planHintProperty());
        showWhen(hint, model.planHintProperty().isNotNull());
        Button fix = new Button("Show in the Drift tab", new FontIcon(MaterialDesignW.WRENCH_OUTLINE));
        fix.setId(id + "Fix");
        fix.setOnAction(event -> model.showFix());
        showWhen(fix, model.planFixVersionProperty().isNotNull());
        VBox pane = new VBox(6, reason, hint, fix);
        showWhen(pane, model.planErrorProperty().isNotNull());
        return pane;
    }

    /**
     * The failure: which file, then everything the database said (SQLSTATE and hint included) in a read-only
     * text that wraps, can be selected and copied, and grows with the message; "Open at line N" when the
     * database gave a position, "Open file" otherwise.
     */
    static VBox failure(MigrationActionViewModel model, String id, BiConsumer<Path, Integer> openAt) {
        Label title = new Label();
        title.setId(id + "Title");
        title.setWrapText(true);
        title.getStyleClass().add(Styles.DANGER);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Path file = model.errorFileProperty().get();
            return file == null ? "It failed:" : "The database rejected " + file.getFileName() + ":";
        }, model.errorFileProperty()));
        TextArea message = new TextArea();
        message.setId(id + "Message");
        message.setEditable(false);
        message.setWrapText(true);
        message.getStyleClass().add("action-error-message");
        message.textProperty().bind(Bindings.createStringBinding(() -> {
            String text = withHint(model.errorMessageProperty().get(), model.errorHintProperty().get());
            String state = model.sqlStateProperty().get();
            return text == null || state == null ? text : text + "\nSQLSTATE " + state;
        }, model.errorMessageProperty(), model.errorHintProperty(), model.sqlStateProperty()));
        message.prefRowCountProperty().bind(Bindings.createIntegerBinding(() -> rowsFor(message.getText()),
                message.textProperty()));
        VBox.setVgrow(message, Priority.ALWAYS);
        Button open = new Button();
        open.setId(id + "OpenAt");
        open.setGraphic(new FontIcon(MaterialDesignF.FILE_DOCUMENT_EDIT_OUTLINE));
        open.textProperty().bind(Bindings.createStringBinding(() -> model.errorLineProperty().get() == null
                ? "Open file" : "Open at line " + model.errorLineProperty().get(), model.errorLineProperty()));
        open.setOnAction(event -> openAt.accept(model.errorFileProperty().get(),
                Objects.requireNonNullElse(model.errorLineProperty().get(), 1)));
        showWhen(open, model.errorFileProperty().isNotNull());
        VBox pane = new VBox(6, title, message, open);
        pane.setId(id);
        showWhen(pane, model.errorMessageProperty().isNotNull());
        return pane;
    }

    /** Enough rows for the message as it wraps at about 70 characters, between 3 and 14. */
    private static int rowsFor(String text) {
        if (text == null) {
            return 3;
        }
        int rows = text.lines().mapToInt(line -> 1 + line.length() / 70).sum();
        return Math.max(3, Math.min(14, rows + 1));
    }

    /** The header above the list: says it is a dry run until something runs, then how it ended. */
    static Label header(MigrationActionViewModel model, String planned) {
        Label header = new Label();
        header.setWrapText(true);
        header.textProperty().bind(Bindings.createStringBinding(() -> switch (model.phaseProperty().get()) {
            case PLANNING -> planned;
            case RUNNING -> model.stoppingProperty().get() ? "Stopping after the current migration ..." : "Running ...";
            case FINISHED -> "Finished: " + model.summaryProperty().get();
        }, model.phaseProperty(), model.stoppingProperty(), model.summaryProperty()));
        return header;
    }

    private static String withHint(String message, String hint) {
        return message == null ? null : hint == null ? message : message + "\n" + hint;
    }

    private static void showWhen(Node node, BooleanExpression condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }

    private static String elapsed(Duration took) {
        return took.toMillis() < 1000 ? took.toMillis() + " ms" : String.format("%.2f s", took.toMillis() / 1000.0);
    }

    private static Ikon icon(StepState state) {
        return switch (state) {
            case PENDING -> MaterialDesignC.CLOCK_OUTLINE;
            case RUNNING -> MaterialDesignP.PROGRESS_CLOCK;
            case DONE -> MaterialDesignC.CHECK_CIRCLE;
            case FAILED -> MaterialDesignA.ALERT_CIRCLE;
            case SKIPPED -> MaterialDesignS.SKIP_NEXT_CIRCLE_OUTLINE;
        };
    }

    /** Follows its step's state as the run goes on, so the list updates without being rebuilt. */
    private static final class StepCell extends ListCell<StepProgress> {
        @Override
        protected void updateItem(StepProgress step, boolean empty) {
            super.updateItem(step, empty);
            textProperty().unbind();
            graphicProperty().unbind();
            if (empty || step == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            textProperty().bind(Bindings.createStringBinding(() -> {
                Duration took = step.elapsedProperty().get();
                String line = step.version() + " " + step.description() + " - "
                        + step.state().name().toLowerCase(Locale.ROOT);
                return took == null ? line : line + " (" + elapsed(took) + ")";
            }, step.stateProperty(), step.elapsedProperty()));
            graphicProperty().bind(Bindings.createObjectBinding(() -> new FontIcon(icon(step.state())),
                    step.stateProperty()));
        }
    }
}
