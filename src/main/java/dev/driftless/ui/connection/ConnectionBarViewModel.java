package dev.driftless.ui.connection;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.PostgresUrl;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;

/**
 * The connection bar's state: the database URL as shown (always with the password masked), whether
 * the host is local, and what went wrong with a typed URL. Parsing touches no network, so it runs here.
 */
public final class ConnectionBarViewModel {
    private final WorkspaceViewModel workspace;
    private final StringProperty urlText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper hostBadge = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper remote = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final StringBinding sqliteFileUnavailable;
    private final StringBinding saveUnavailable;

    public ConnectionBarViewModel(WorkspaceViewModel workspace) {
        this.workspace = workspace;
        sqliteFileUnavailable = Bindings.createStringBinding(() -> {
            DatabaseUrl url = workspace.databaseProperty().get();
            return url != null && url.kind() == DatabaseUrl.Kind.POSTGRES
                    ? "This project's database is PostgreSQL; to use a SQLite file instead, type its sqlite:// URL"
                    : null;
        }, workspace.databaseProperty());
        saveUnavailable = Bindings.createStringBinding(() -> workspace.databaseProperty().get() == null
                ? "Connect to a database first (type its URL); then it can be saved under a name" : null,
                workspace.databaseProperty());
        workspace.databaseProperty().addListener((observable, before, url) -> show(url));
        show(workspace.databaseProperty().get());
    }

    /** What the URL field shows; after connecting it is the masked URL, never the password. */
    public StringProperty urlTextProperty() {
        return urlText;
    }

    /** "local" or "remote · host". */
    public ReadOnlyStringProperty hostBadgeProperty() {
        return hostBadge.getReadOnlyProperty();
    }

    /** True for a database that is not on this machine: Run and Revert then ask for its name. */
    public ReadOnlyBooleanProperty remoteProperty() {
        return remote.getReadOnlyProperty();
    }

    /** Whether a database is set at all. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** Why "SQLite file…" cannot be used now (the database is PostgreSQL), or null. */
    public StringBinding sqliteFileUnavailableProperty() {
        return sqliteFileUnavailable;
    }

    /** Why "Save connection…" cannot be used now (no database), or null. */
    public StringBinding saveUnavailableProperty() {
        return saveUnavailable;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Connects to what was typed; an unchanged (masked) URL is left as it is. */
    public void connectTyped() {
        String typed = urlText.get() == null ? "" : urlText.get().strip();
        DatabaseUrl current = workspace.databaseProperty().get();
        if (current != null && typed.equals(current.masked())) {
            return;
        }
        if (typed.isEmpty()) {
            workspace.useDatabase(null);
            return;
        }
        try {
            DatabaseUrl url = DatabaseUrl.parse(typed, baseDirectory());
            error.set("");
            workspace.useDatabase(url);
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** Uses a SQLite file picked in a file chooser. */
    public void useSqliteFile(Path file) {
        urlText.set("sqlite://" + file.toAbsolutePath());
        connectTyped();
    }

    private Path baseDirectory() {
        return workspace.projectProperty().get() == null ? Path.of("").toAbsolutePath()
                : workspace.projectProperty().get().directory();
    }

    private void show(DatabaseUrl url) {
        urlText.set(url == null ? "" : url.masked());
        remote.set(url != null && !url.isLocal());
        connected.set(url != null);
        hostBadge.set(url == null ? "no database"
                : url instanceof PostgresUrl postgres && !postgres.isLocal() ? "remote · " + postgres.host() : "local");
    }
}
