package dev.driftless.ui.connection;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.Project;
import dev.driftless.ui.settings.NamedConnection;
import dev.driftless.ui.settings.Settings;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A project's named connections ("local", "staging"), each with a colour. They are stored without
 * their password; choosing one that needs a password asks for it, and it is only kept in memory.
 */
public final class SavedConnectionsViewModel {
    /** Colours handed out in turn to new connections: green, amber, red, blue, purple. */
    static final List<String> PALETTE = List.of("#2da44e", "#bf8700", "#cf222e", "#0969da", "#8250df");

    private final WorkspaceViewModel workspace;
    private final Settings settings;
    private final Runnable persist;
    private final ObservableList<NamedConnection> connections = FXCollections.observableArrayList();
    private final ObjectProperty<NamedConnection> active = new SimpleObjectProperty<>();

    /** @param persist saves the settings (the caller does it off the FX thread) */
    public SavedConnectionsViewModel(WorkspaceViewModel workspace, Settings settings, Runnable persist) {
        this.workspace = workspace;
        this.settings = settings;
        this.persist = persist;
        workspace.projectProperty().addListener((observable, before, project) -> reload(project));
        reload(workspace.projectProperty().get());
    }

    public ObservableList<NamedConnection> connections() {
        return connections;
    }

    /** The named connection in use, or null for the project's own (.env) or a typed URL. */
    public ObjectProperty<NamedConnection> activeProperty() {
        return active;
    }

    /** Names the database in use; returns false when there is none or the name is blank. */
    public boolean saveCurrentAs(String name) {
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        if (project == null || url == null || name == null || name.isBlank()) {
            return false;
        }
        String colour = PALETTE.get(connections.size() % PALETTE.size());
        NamedConnection saved = NamedConnection.of(name.strip(), url, colour);
        settings.putConnection(project.directory(), saved);
        persist.run();
        reload(project);
        active.set(saved);
        return true;
    }

    /** Whether choosing this connection needs a password first (PostgreSQL with a user name). */
    public boolean needsPassword(NamedConnection connection) {
        return DatabaseUrl.parse(connection.url()).kind() == DatabaseUrl.Kind.POSTGRES && userInfoEnd(connection.url()) > 0;
    }

    /** Connects with a named connection; {@code password} is null when none is needed. */
    public void use(NamedConnection connection, String password) {
        String url = password == null || password.isEmpty() ? connection.url() : withPassword(connection.url(), password);
        workspace.useDatabase(DatabaseUrl.parse(url));
        active.set(connection);
    }

    public void remove(NamedConnection connection) {
        Project project = workspace.projectProperty().get();
        if (project != null) {
            settings.removeConnection(project.directory(), connection.name());
            persist.run();
            reload(project);
        }
    }

    private void reload(Project project) {
        connections.setAll(project == null ? List.of() : settings.connections(project.directory()));
        active.set(null);
    }

    /** Puts the password back between the user name and the `@` of a password-free URL. */
    public static String withPassword(String url, String password) {
        int at = userInfoEnd(url);
        String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20");
        return url.substring(0, at) + ":" + encoded + url.substring(at);
    }

    /** Index of the `@` ending the user name in the authority, or -1. */
    private static int userInfoEnd(String url) {
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && "/?".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.lastIndexOf('@', end - 1) >= start ? url.lastIndexOf('@', end - 1) : -1;
    }
}
