package dev.driftless.ui;

import dev.driftless.ui.WindowPane.Place;
import dev.driftless.ui.actions.DisabledWithReason;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's layout: menu and tool bar from the commands, then the panes in their places (bars on top, side
 * tabs beside the editor, bottom tabs under both, the status line). It only arranges; what the panes show comes
 * from their view models.
 */
public final class MainLayer extends BorderPane {
    /** The most of the height {@link #giveLowerPaneAtLeast} gives the bottom tabs. */
    static final double MOST_LOWER_SHARE = 0.6;
    static final double SIDE_SHARE = 0.28;
    static final double UPPER_SHARE = 0.58;
    private static final List<String> MENUS = List.of("File", "Edit", "Migrations", "Database", "View", "Help");

    private final SplitPane sides;
    private final SplitPane upperAndLower;
    private final Menu recentMenu = new Menu("Open Recent");
    private final MenuBar menuBar = new MenuBar();
    /** Each tabbed pane's tab, by pane id. */
    private final Map<String, Tab> tabs = new HashMap<>();
    /** The contents of tabs not built yet (see {@link WindowPane#deferred}). */
    private final Map<Tab, Supplier<Node>> deferredContents = new LinkedHashMap<>();

    public MainLayer(List<WindowCommand> commands, List<WindowPane> panes) {
        setId("mainWindow");
        VBox top = new VBox(filledMenuBar(commands), toolBar(commands));
        in(panes, Place.TOP).forEach(pane -> top.getChildren().add(pane.content().get()));

        sides = new SplitPane(side(in(panes, Place.SIDE)), only(panes, Place.CENTER));
        sides.setId("sidesSplit");
        sides.setDividerPositions(SIDE_SHARE);
        upperAndLower = new SplitPane(sides, tabPane("lowerTabs", in(panes, Place.BOTTOM)));
        upperAndLower.setId("mainSplit");
        upperAndLower.setOrientation(Orientation.VERTICAL);
        upperAndLower.setDividerPositions(UPPER_SHARE);

        setTop(top);
        setCenter(upperAndLower);
        setBottom(only(panes, Place.STATUS));
    }

    private static List<WindowPane> in(List<WindowPane> panes, Place place) {
        return panes.stream().filter(pane -> pane.place() == place).toList();
    }

    private static Node only(List<WindowPane> panes, Place place) {
        List<WindowPane> found = in(panes, place);
        if (found.size() != 1) {
            throw new IllegalArgumentException("the window needs exactly one " + place + " pane, not " + found.size());
        }
        return found.get(0).content().get();
    }

    /** A lone side pane stands as it is; several are tabs. */
    private Node side(List<WindowPane> panes) {
        return panes.size() == 1 && !panes.get(0).deferred() ? panes.get(0).content().get() : tabPane("sideTabs", panes);
    }

    private TabPane tabPane(String id, List<WindowPane> panes) {
        TabPane pane = new TabPane();
        pane.setId(id);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (WindowPane windowPane : panes) {
            Tab tab = new Tab(windowPane.title());
            tab.setId(windowPane.id() + "Tab");
            if (windowPane.deferred()) {
                deferredContents.put(tab, windowPane.content());
            } else {
                tab.setContent(windowPane.content().get());
            }
            tabs.put(windowPane.id(), tab);
            pane.getTabs().add(tab);
        }
        pane.getSelectionModel().selectedItemProperty().addListener((observable, before, tab) -> build(tab));
        return pane;
    }

    /** Builds the contents of the panes left out of the first frame; each once. */
    public void buildDeferredTabs() {
        List.copyOf(deferredContents.keySet()).forEach(this::build);
    }

    private void build(Tab tab) {
        Supplier<Node> content = deferredContents.remove(tab);
        if (content != null) {
            tab.setContent(content.get());
        }
    }

    /** Brings a tabbed pane forward (building it first if it was deferred). */
    public void select(String paneId) {
        Tab tab = tabOf(paneId);
        tab.getTabPane().getSelectionModel().select(tab);
    }

    /** Runs {@code shown} each time a tabbed pane is brought forward, and now if it is in front. */
    public void whenSelected(String paneId, Runnable shown) {
        Tab tab = tabOf(paneId);
        tab.selectedProperty().addListener((observable, was, selected) -> {
            if (selected) {
                shown.run();
            }
        });
        if (tab.isSelected()) {
            shown.run();
        }
    }

    /** Whether the keyboard focus is inside a tabbed pane (false while it is not built). */
    public boolean isFocusWithin(String paneId) {
        Node content = tabOf(paneId).getContent();
        return content != null && content.isFocusWithin();
    }

    private Tab tabOf(String paneId) {
        Tab tab = tabs.get(paneId);
        if (tab == null) {
            throw new IllegalArgumentException("no tabbed pane " + paneId);
        }
        return tab;
    }

    /**
     * Lowers the upper|lower divider so that the bottom tabs get at least {@code share} of the height, or
     * {@code pixels} where that is more (a short window), but never more than {@value #MOST_LOWER_SHARE} of it
     * (the upper panes keep a line or two); a bottom pane already that tall stays as the person left it.
     */
    public void giveLowerPaneAtLeast(double share, double pixels) {
        double height = upperAndLower.getHeight();
        double wanted = height > 0 ? Math.min(MOST_LOWER_SHARE, Math.max(share, pixels / height)) : share;
        if (upperAndLower.getDividerPositions()[0] > 1 - wanted) {
            upperAndLower.setDividerPositions(1 - wanted);
        }
    }

    /** Divider positions, for remembering them between runs: side|editor, then upper|lower. */
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

    /** Adds an entry (e.g. a submenu) at the end of a menu of the menu bar. */
    public void addToMenu(String menuName, MenuItem item) {
        menuBar.getMenus().get(MENUS.indexOf(menuName)).getItems().add(item);
    }

    /** Moves the keyboard focus to the main control of the side pane, the editor or the selected bottom tab. */
    public void focus(Place place) {
        Node pane = switch (place) {
            case SIDE -> sides.getItems().get(0);
            case CENTER -> sides.getItems().get(1);
            case BOTTOM -> upperAndLower.getItems().get(1);
            default -> throw new IllegalArgumentException("no keyboard focus for the " + place + " pane");
        };
        FocusTargets.mainControlIn(pane).ifPresent(Node::requestFocus);
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

    private MenuBar filledMenuBar(List<WindowCommand> commands) {
        for (String menuName : MENUS) {
            Menu menu = new Menu(menuName);
            commands.stream().filter(command -> command.menu().equals(menuName))
                    .forEach(command -> menu.getItems().add(menuItem(command)));
            menuBar.getMenus().add(menu);
        }
        recentMenu.setId("recentProjectsMenu");
        menuBar.setId("menuBar");
        List<MenuItem> fileItems = menuBar.getMenus().get(0).getItems();
        fileItems.add(Math.min(1, fileItems.size()), recentMenu); // after Open Folder, as desktop applications have it
        return menuBar;
    }

    private static ToolBar toolBar(List<WindowCommand> commands) {
        ToolBar toolBar = new ToolBar();
        commands.stream().filter(WindowCommand::onToolBar).forEach(command -> toolBar.getItems().add(toolButton(command)));
        return toolBar;
    }

    private static MenuItem menuItem(WindowCommand command) {
        MenuItem item = new MenuItem(command.label(), icon(command.icon()));
        item.setId(command.id() + "Menu");
        if (command.shortcut() != null) {
            item.setAccelerator(KeyCombination.keyCombination(command.shortcut()));
        }
        item.disableProperty().bind(Bindings.isNotNull(command.whyNot()));
        item.setOnAction(event -> command.action().run());
        return item;
    }

    /** A button that, while its command cannot act, is disabled with the reason as its tooltip. */
    private static Node toolButton(WindowCommand command) {
        Button button = new Button(command.label(), icon(command.icon()));
        button.setId(command.id());
        button.setTooltip(new Tooltip(command.label() + (command.shortcut() == null ? "" : " (" + command.shortcut() + ")")));
        button.setOnAction(event -> command.action().run());
        return new DisabledWithReason(button, command.whyNot());
    }

    private static Node icon(Ikon ikon) {
        return ikon == null ? new Label() : new FontIcon(ikon);
    }
}
