package dev.driftless.ui;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's layout: menu and tool bar, connection bar, the migration tree beside the editor,
 * and the ledger, drift and log tabs below. It only arranges panes; what they show comes from their view models.
 */
public final class MainWindow extends BorderPane {
    static final double TREE_SHARE = 0.28;
    static final double UPPER_SHARE = 0.58;
    private final SplitPane sides;
    private final SplitPane upperAndLower;
    private final Menu recentMenu = new Menu("Open Recent");
    private final TabPane lower;
    private final Tab driftTab;
    private final Node ledger;
    /** The contents of tabs not built yet, by tab (see {@link #deferredTab}). */
    private final Map<Tab, Supplier<Node>> deferredContents = new LinkedHashMap<>();

    /**
     * @param commands the actions offered in the menu, on the tool bar and as shortcuts
     * @param drift    what changed in a drifted, missing or failed migration, in a tab beside the ledger
     */
    public MainWindow(List<WindowCommand> commands, Node banner, Node connectionBar, Node tree, Node editor,
                      Node ledger, Supplier<Node> drift, Supplier<Node> log, Node statusLine) {
        setId("mainWindow");
        this.ledger = ledger;
        MenuBar menuBar = new MenuBar();
        for (String menuName : List.of("File", "Migrations", "View", "Help")) {
            Menu menu = new Menu(menuName);
            commands.stream().filter(command -> command.menu().equals(menuName)).forEach(command -> menu.getItems()
                    .add(menuItem(command)));
            menuBar.getMenus().add(menu);
        }
        recentMenu.setId("recentProjectsMenu");
        menuBar.getMenus().get(0).getItems().add(recentMenu);
        ToolBar toolBar = new ToolBar();
        for (WindowCommand command : commands) {
            if (command.onToolBar()) {
                toolBar.getItems().add(toolButton(command));
            }
        }

        sides = new SplitPane(tree, editor);
        sides.setId("sidesSplit");
        sides.setDividerPositions(TREE_SHARE);

        driftTab = deferredTab("Drift", drift);
        driftTab.setId("driftTab");
        lower = new TabPane(new Tab("Ledger", ledger), driftTab, deferredTab("Log", log));
        lower.setId("lowerTabs");
        lower.getSelectionModel().selectedItemProperty().addListener((observable, before, tab) -> build(tab));
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        upperAndLower = new SplitPane(sides, lower);
        upperAndLower.setId("mainSplit");
        upperAndLower.setOrientation(Orientation.VERTICAL);
        upperAndLower.setDividerPositions(UPPER_SHARE);

        VBox top = new VBox(menuBar, toolBar, connectionBar, banner);
        setTop(top);
        setCenter(upperAndLower);
        setBottom(statusLine);
    }

    /** A tab whose content the first frame does not need: built by {@link #buildDeferredTabs()} or when selected. */
    private Tab deferredTab(String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        deferredContents.put(tab, content);
        return tab;
    }

    /** Builds the contents of the tabs left out of the first frame (Drift, Log); each once. */
    public void buildDeferredTabs() {
        List.copyOf(deferredContents.keySet()).forEach(this::build);
    }

    private void build(Tab tab) {
        Supplier<Node> content = deferredContents.remove(tab);
        if (content != null) {
            tab.setContent(content.get());
        }
    }

    /** Brings the drift tab to the front, e.g. when a migration that needs attention is selected. */
    public void showDrift() {
        lower.getSelectionModel().select(driftTab);
    }

    /**
     * Brings the drift tab forward for a newly selected migration that needs attention, unless the
     * person is working in the ledger: it shares the tab pane, so it would vanish under their click
     * (its "Show what changed" brings the drift tab forward then).
     */
    public void showDriftUnlessInLedger() {
        if (!ledger.isFocusWithin()) {
            showDrift();
        }
    }

    /** Divider positions, for remembering them between runs: tree|editor, then upper|lower. */
    public double[] dividerPositions() {
        return new double[] {sides.getDividerPositions()[0], upperAndLower.getDividerPositions()[0]};
    }

    /** Sets the dividers once the panes have their real size (before that, SplitPane recomputes them). */
    public void restoreDividerPositions(double sidesPosition, double upperPosition) {
        Platform.runLater(() -> {
            sides.setDividerPositions(sidesPosition);
            upperAndLower.setDividerPositions(upperPosition);
        });
    }

    /** Fills File > Open Recent; choosing an entry calls {@code open}. */
    public void showRecentProjects(List<Path> projects, Consumer<Path> open) {
        recentMenu.getItems().setAll(projects.stream().map(project -> {
            MenuItem item = new MenuItem(project.toString());
            item.setOnAction(event -> open.accept(project));
            return item;
        }).toList());
        recentMenu.setDisable(projects.isEmpty());
    }

    private static MenuItem menuItem(WindowCommand command) {
        MenuItem item = new MenuItem(command.label(), icon(command.icon()));
        item.setId(command.id() + "Menu");
        if (command.shortcut() != null) {
            item.setAccelerator(KeyCombination.keyCombination(command.shortcut()));
        }
        item.disableProperty().bind(command.disabled());
        item.setOnAction(event -> command.action().run());
        return item;
    }

    private static Button toolButton(WindowCommand command) {
        Button button = new Button(command.label(), icon(command.icon()));
        button.setId(command.id());
        button.setTooltip(new Tooltip(command.label() + (command.shortcut() == null ? "" : " (" + command.shortcut() + ")")));
        button.disableProperty().bind(command.disabled());
        button.setOnAction(event -> command.action().run());
        return button;
    }

    private static Node icon(Ikon ikon) {
        return ikon == null ? new Label() : new FontIcon(ikon);
    }
}
