package dev.driftless.ui.tree;

import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.SourceNote;
import dev.driftless.core.source.SourceProblem;
import dev.driftless.ui.ItemStyleClasses;
import dev.driftless.ui.drift.DriftBadge;
import dev.driftless.ui.workspace.RunFailure;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The left pane: counts per status ({@code #treeCounts}), a filter field ({@code #treeFilter}),
 * every migration as `version description` with its status icon and, when drifted, the kind of
 * change as a badge after it ({@code .drift-kind-badge}); reversible ones expand to their {@code up.sql} and
 * {@code down.sql}; then the folder's problems, then its notes, in a quieter style ({@code #migrationTree}).
 * A migration that needs attention has "Show what changed" ({@code #treeShowDrift}) in its context menu.
 * Tree items are reused across refreshes so selection and expansion survive.
 * <p>
 * As in an IDE's project tree, selecting a line (a click, the arrow keys) opens its file in the editor: a
 * migration its up file, a file line its file, a problem the file it is about; Enter or a click on the
 * selected line opens it again once its tab was closed. The selection follows the editor's active tab.
 * Lines fit the tree's width: a long name ends in an ellipsis (whole in the tooltip), the badge keeps its size.
 */
public final class MigrationTreeView extends VBox {
    /** Below this the side split cannot squeeze the tree: its lines would be nothing but ellipses. */
    static final double MIN_WIDTH = 220;

    private final MigrationTreeViewModel viewModel;
    private final TreeView<TreeEntry> tree = new TreeView<>(new TreeItem<>());
    private final Label badgeProgress = new Label("finding what changed…");
    private final Map<Long, TreeItem<TreeEntry>> itemsByVersion = new HashMap<>();
    /** Set while the tree selects a line itself (a refresh, the editor's tab): that is not a person's choice. */
    private boolean updatingSelection;
    private final Consumer<Path> openFile;
    private final LongConsumer showDiagnosis;
    private Map<Long, DriftClassification> badges = Map.of();
    private final List<MigrationAction> migrationActions = new ArrayList<>();

    /**
     * @param openFile      called when a person selects or activates a line with a file
     * @param showDiagnosis called with a version when a person asks what changed in it
     */
    public MigrationTreeView(MigrationTreeViewModel viewModel, Consumer<Path> openFile, LongConsumer showDiagnosis) {
        this.viewModel = viewModel;
        this.openFile = openFile;
        this.showDiagnosis = showDiagnosis;
        getStyleClass().add("migration-tree");
        setMinWidth(MIN_WIDTH);
        Label counts = new Label();
        counts.setId("treeCounts");
        counts.getStyleClass().add("tree-counts");
        counts.textProperty().bind(viewModel.countsProperty());
        TextField filter = new TextField();
        filter.setId("treeFilter");
        filter.setPromptText("Filter by version or description");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());

        tree.setId("migrationTree");
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new EntryCell());
        VBox.setVgrow(tree, Priority.ALWAYS);
        setSpacing(6);
        setPadding(new Insets(6));
        badgeProgress.setId("badgeProgress");
        badgeProgress.getStyleClass().add("tree-counts");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(12, 12);
        badgeProgress.setGraphic(spinner);
        badgeProgress.setVisible(false);
        badgeProgress.setManaged(false);
        HBox header = new HBox(8, counts, badgeProgress);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, filter, tree);

        viewModel.visibleRows().addListener((ListChangeListener<StatusRow>) change -> rebuild());
        viewModel.workspace().problems().addListener((ListChangeListener<SourceProblem>) change -> rebuild());
        viewModel.workspace().notes().addListener((ListChangeListener<SourceNote>) change -> rebuild());
        viewModel.workspace().runFailures().addListener((MapChangeListener<Long, RunFailure>) change -> tree.refresh());
        tree.getSelectionModel().selectedItemProperty().addListener((observable, before, selected) -> {
            if (!updatingSelection && selected != null) {
                choose(selected);
            }
        });
        viewModel.workspace().selectedVersionProperty().addListener((observable, before, version) -> select(version));
        tree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                open(tree.getSelectionModel().getSelectedItem());
            }
        });
        rebuild();
    }

    /**
     * Keeps the selection on the line of the editor's active file: switching tabs selects that migration (its
     * {@code down.sql} line when the file is its down file and the line is shown), opening nothing.
     */
    public void followActiveFile(ObservableValue<Path> activeFile) {
        activeFile.addListener((observable, before, file) -> {
            if (!updatingSelection && file != null) {
                selectLineOf(file.toAbsolutePath().normalize());
            }
        });
    }

    /** A person chose a line: its file opens first, so that the editor already shows it when the version follows. */
    private void choose(TreeItem<TreeEntry> selected) {
        open(selected);
        viewModel.workspace().selectedVersionProperty().set(versionOf(selected.getValue()));
    }

    private void open(TreeItem<TreeEntry> item) {
        updatingSelection = true; // the editor's tab follows; the tree need not follow it back
        try {
            fileOf(item).ifPresent(openFile);
        } finally {
            updatingSelection = false;
        }
    }

    private void selectLineOf(Path file) {
        if (fileOf(tree.getSelectionModel().getSelectedItem()).map(Path::normalize).filter(file::equals).isPresent()) {
            return;
        }
        for (StatusRow row : viewModel.visibleRows()) {
            TreeItem<TreeEntry> item = itemsByVersion.get(row.version());
            if (item != null && row.migration() != null && (sameFile(file, row.migration().upFile())
                    || sameFile(file, row.migration().downFile()))) {
                boolean downLineShown = sameFile(file, row.migration().downFile()) && item.isExpanded();
                selectQuietly(downLineShown ? item.getChildren().get(1) : item);
                return;
            }
        }
    }

    private static boolean sameFile(Path file, Path candidate) {
        return candidate != null && file.equals(candidate.toAbsolutePath().normalize());
    }

    /** Selects a line the tree chose itself; the workspace's version follows, and the file is already open. */
    private void selectQuietly(TreeItem<TreeEntry> item) {
        updatingSelection = true;
        try {
            tree.getSelectionModel().select(item);
            scrollToShow(item);
            viewModel.workspace().selectedVersionProperty().set(versionOf(item.getValue()));
        } finally {
            updatingSelection = false;
        }
    }

    /**
     * Adds an item to every migration's context menu, after "Show what changed"; it is enabled for the
     * migrations {@code applies} accepts when the menu opens, and called with the migration's version.
     */
    public void addMigrationAction(String id, String text, Predicate<StatusRow> applies, LongConsumer action) {
        migrationActions.add(new MigrationAction(id, text, applies, action));
        tree.refresh();
    }

    /** An item of every migration's context menu beyond "Show what changed". */
    private record MigrationAction(String id, String text, Predicate<StatusRow> applies, LongConsumer action) {
    }

    /**
     * Shows, after each drifted migration, the kind of change once it is known (e.g. "line-endings"),
     * from a map kept up to date in the background.
     *
     * @param working true while the badges are being worked out: the tree says so ({@code #badgeProgress})
     */
    public void showBadges(ObservableMap<Long, DriftClassification> classifications, ObservableBooleanValue working) {
        badgeProgress.visibleProperty().bind(working);
        badgeProgress.managedProperty().bind(working);
        badges = classifications;
        classifications.addListener((MapChangeListener<Long, DriftClassification>) change -> tree.refresh());
        tree.refresh();
    }

    private void rebuild() {
        List<TreeItem<TreeEntry>> children = new ArrayList<>();
        Map<Long, TreeItem<TreeEntry>> seen = new HashMap<>();
        for (StatusRow row : viewModel.visibleRows()) {
            TreeItem<TreeEntry> item = itemsByVersion.computeIfAbsent(row.version(), version -> new TreeItem<>());
            setIfChanged(item, new TreeEntry.MigrationEntry(row));
            updateFileChildren(item, row);
            seen.put(row.version(), item);
            children.add(item);
        }
        itemsByVersion.keySet().retainAll(seen.keySet());
        for (SourceProblem problem : viewModel.workspace().problems()) {
            children.add(new TreeItem<>(new TreeEntry.ProblemEntry(problem)));
        }
        for (SourceNote note : viewModel.workspace().notes()) {
            children.add(new TreeItem<>(new TreeEntry.NoteEntry(note)));
        }
        updatingSelection = true;
        try {
            if (!tree.getRoot().getChildren().equals(children)) {
                replaceLines(children);
            }
        } finally {
            updatingSelection = false;
        }
        select(viewModel.workspace().selectedVersionProperty().get());
    }

    /**
     * Replaces the root's lines with the keyboard focus taken off the tree meanwhile: while a line has focus,
     * TreeView's focus model looks up the row of every added line, each lookup counting the lines before it,
     * which made showing (or filtering) a large project's migrations quadratic in their number.
     */
    private void replaceLines(List<TreeItem<TreeEntry>> lines) {
        TreeItem<TreeEntry> focused = tree.getFocusModel().getFocusedItem();
        tree.getFocusModel().focus(-1);
        tree.getRoot().getChildren().setAll(lines);
        if (focused != null && focused.getParent() != null) {
            tree.getFocusModel().focus(tree.getRow(focused));
        }
    }

    private static void updateFileChildren(TreeItem<TreeEntry> item, StatusRow row) {
        if (row.migration() == null || row.migration().downFile() == null) {
            item.getChildren().clear();
            return;
        }
        List<TreeEntry> files = List.of(new TreeEntry.FileEntry(row, row.migration().upFile(), false),
                new TreeEntry.FileEntry(row, row.migration().downFile(), true));
        if (item.getChildren().size() != 2) {
            item.getChildren().setAll(new TreeItem<>(files.get(0)), new TreeItem<>(files.get(1)));
        } else {
            setIfChanged(item.getChildren().get(0), files.get(0));
            setIfChanged(item.getChildren().get(1), files.get(1));
        }
    }

    /**
     * Gives an item a new value only when it differs: each new value is an event that climbs to the tree's
     * root, and a refresh of a large project would otherwise send one for every line, changed or not.
     */
    private static void setIfChanged(TreeItem<TreeEntry> item, TreeEntry entry) {
        if (!entry.equals(item.getValue())) {
            item.setValue(entry);
        }
    }

    private void select(Long version) {
        TreeItem<TreeEntry> item = version == null ? null : itemsByVersion.get(version);
        TreeItem<TreeEntry> current = tree.getSelectionModel().getSelectedItem();
        if (item == null || current == item || (current != null && current.getParent() == item)) {
            return;
        }
        updatingSelection = true;
        try {
            tree.getSelectionModel().select(item);
            scrollToShow(item);
        } finally {
            updatingSelection = false;
        }
    }

    private void scrollToShow(TreeItem<TreeEntry> item) {
        int index = tree.getRow(item);
        if (index >= 0) {
            tree.scrollTo(Math.max(0, index - 3));
        }
    }

    private static Long versionOf(TreeEntry entry) {
        if (entry instanceof TreeEntry.MigrationEntry migration) {
            return migration.row().version();
        }
        if (entry instanceof TreeEntry.FileEntry file) {
            return file.row().version();
        }
        return null;
    }

    private static Optional<Path> fileOf(TreeItem<TreeEntry> item) {
        if (item == null) {
            return Optional.empty();
        }
        if (item.getValue() instanceof TreeEntry.FileEntry file) {
            return Optional.of(file.file());
        }
        if (item.getValue() instanceof TreeEntry.MigrationEntry migration && migration.row().migration() != null) {
            return Optional.of(migration.row().migration().upFile());
        }
        if (item.getValue() instanceof TreeEntry.ProblemEntry problem) {
            return Optional.of(problem.problem().file());
        }
        return Optional.empty();
    }

    /**
     * Renders each entry: icon, name, status style class, drift badge, an explaining tooltip and its menu.
     * Each cell keeps one icon and one tooltip and changes what they show: scrolling a large tree updates
     * every visible cell at each step, and a new icon and tooltip (a popup control) for each was what a
     * jump through 10,000 migrations cost beyond a bare tree (docs/benchmarks-window.md).
     * Cells ask for no width of their own, so the tree gives each its width and no horizontal scroll bar:
     * the line inside ({@link EntryLine}) is fitted to what is left after the indentation.
     */
    private final class EntryCell extends TreeCell<TreeEntry> {
        private final ContextMenu attentionMenu = new ContextMenu();
        private final FontIcon icon = new FontIcon();
        private final ItemStyleClasses iconStyles = new ItemStyleClasses(icon);
        private final EntryLine line = new EntryLine(icon);
        private final Tooltip tooltip = new Tooltip();
        private final ItemStyleClasses entryStyles = new ItemStyleClasses(this);
        private boolean selectedBeforePress;

        EntryCell() {
            MenuItem showWhatChanged = new MenuItem("Show what changed");
            showWhatChanged.setId("treeShowDrift");
            showWhatChanged.setOnAction(event -> {
                if (getItem() instanceof TreeEntry.MigrationEntry migration) {
                    showDiagnosis.accept(migration.row().version());
                }
            });
            attentionMenu.getItems().add(showWhatChanged);
            attentionMenu.setOnShowing(event -> enableMigrationActions());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
            textFillProperty().addListener((observable, before, fill) -> line.follow(fill, getFont()));
            fontProperty().addListener((observable, before, font) -> line.follow(getTextFill(), font));
            line.follow(getTextFill(), getFont());
            // Selecting opens; a click on the line that was already selected opens its file again (its tab was closed).
            addEventFilter(MouseEvent.MOUSE_PRESSED, event -> selectedBeforePress = isSelected());
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && !isEmpty() && selectedBeforePress) {
                    open(getTreeItem());
                }
            });
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            double available = getWidth() - snappedRightInset() - line.getLayoutX();
            if (getGraphic() == line && available > 0 && line.getWidth() != available) {
                line.resize(available, line.getHeight());
            }
        }

        @Override
        protected void updateItem(TreeEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setContextMenu(null);
            if (empty || entry == null) {
                entryStyles.set(List.of());
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            if (entry instanceof TreeEntry.MigrationEntry migration) {
                showMigration(migration.row());
            } else if (entry instanceof TreeEntry.FileEntry file) {
                show(file.down() ? "down.sql" : "up.sql", file.file().toString(), List.of(),
                        file.down() ? MaterialDesignA.ARROW_DOWN_BOLD : MaterialDesignA.ARROW_UP_BOLD, "file-icon");
            } else if (entry instanceof TreeEntry.ProblemEntry problem) {
                show(problem.problem().file().getFileName() + ": " + problem.problem().message(),
                        problem.problem().toString(), List.of("problem-entry"), MaterialDesignA.ALERT_OUTLINE,
                        "problem-icon");
            } else if (entry instanceof TreeEntry.NoteEntry note) {
                show(note.note().file().getFileName() + ": " + note.note().message(), note.note().toString(),
                        List.of("note-entry"), MaterialDesignI.INFORMATION_OUTLINE, "note-icon");
            }
        }

        private void showMigration(StatusRow row) {
            String statusStyle = StatusText.styleClass(row.status());
            String name = row.version() + " " + row.description();
            RunFailure failed = row.status() == MigrationStatus.PENDING
                    ? viewModel.workspace().runFailures().get(row.version()) : null;
            if (failed != null) {
                show(name, name + "\nIts " + failed.describe() + ". Nothing of it was kept.",
                        List.of(statusStyle, "last-run-failed"), MaterialDesignA.ALERT_CIRCLE, "status-icon",
                        "last-run-failed");
            } else if (row.outOfOrder()) {
                show(name, name + "\n" + StatusText.explanation(row),
                        List.of(statusStyle, "out-of-order"), MaterialDesignS.SWAP_VERTICAL, "status-icon", "out-of-order");
            } else {
                List<String> severity = DriftBadge.rowSeverity(row, badges);
                show(name, name + "\n" + StatusText.explanation(row),
                        Stream.concat(Stream.of(statusStyle), severity.stream()).toList(), StatusIcons.of(row.status()),
                        Stream.concat(Stream.of("status-icon", statusStyle), severity.stream()).toArray(String[]::new));
            }
            // After the name, which shrinks before it does: a long description cannot push it out of view.
            DriftBadge.forRow(row, badges).ifPresent(badge -> line.show(name, badge));
            attentionMenu.getItems().get(0).setVisible(row.status().needsAttention());
            if (row.status().needsAttention() || !migrationActions.isEmpty()) {
                addMigrationActions();
                setContextMenu(attentionMenu);
            }
        }

        /** Puts the actions added since this cell's menu was made into it (each enabled for its row when shown). */
        private void addMigrationActions() {
            for (MigrationAction action : migrationActions.subList(attentionMenu.getItems().size() - 1,
                    migrationActions.size())) {
                MenuItem item = new MenuItem(action.text());
                item.setId(action.id());
                item.setOnAction(event -> {
                    if (getItem() instanceof TreeEntry.MigrationEntry migration) {
                        action.action().accept(migration.row().version());
                    }
                });
                attentionMenu.getItems().add(item);
            }
        }

        private void enableMigrationActions() {
            for (int i = 0; i < attentionMenu.getItems().size() - 1; i++) {
                attentionMenu.getItems().get(i + 1).setDisable(!(getItem() instanceof TreeEntry.MigrationEntry
                        migration && migrationActions.get(i).applies().test(migration.row())));
            }
        }

        /** Shows the name, explaining tooltip, cell styles and icon of an entry. */
        private void show(String name, String explanation, List<String> cellStyles, Ikon ikon,
                          String... iconStyleClasses) {
            entryStyles.set(cellStyles);
            setText(name); // not drawn (the line shows it): for accessibility and for finding a line by its text
            icon.setIconCode(ikon);
            iconStyles.set(List.of(iconStyleClasses));
            line.show(name, null);
            setGraphic(line);
            tooltip.setText(explanation);
            setTooltip(tooltip);
        }
    }
}
