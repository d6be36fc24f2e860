package dev.driftless.ui.schema;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.TwoDatabaseStatus;
import dev.driftless.core.schema.compare.ComparisonOptions;
import dev.driftless.core.schema.compare.DifferenceSides;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.DatabaseComparison;
import dev.driftless.project.Project;
import dev.driftless.project.SchemaChecks;
import dev.driftless.ui.connection.SavedConnectionsViewModel;
import dev.driftless.ui.settings.NamedConnection;
import dev.driftless.ui.settings.Settings;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.sql.Connection;
import java.util.Optional;

/**
 * "Compare with Another Database": the open database and another one of the same kind, both read as they are
 * (no shadow), in the background: each migration's status on each, side by side, and how the other's schema
 * differs. Both URLs are shown with their password masked.
 */
public final class CompareDatabasesViewModel {
    /** How a version with neither file nor ledger row on one database shows there. */
    static final String ABSENT = "absent";
    private static final DifferenceSides SIDES = DifferenceSides.TWO_DATABASES;

    private final WorkspaceViewModel workspace;
    private final BackgroundExecutor executor;
    private final ObservableList<NamedConnection> savedConnections = FXCollections.observableArrayList();
    private final StringProperty otherUrl = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final ObservableList<LedgerPair> ledgers = FXCollections.observableArrayList();
    private final ObservableList<String> differences = FXCollections.observableArrayList();

    /** One migration on both databases: its status here and there ({@value #ABSENT} where it has neither). */
    public record LedgerPair(long version, String description, String here, String there, boolean differs) {
        static LedgerPair of(TwoDatabaseStatus row) {
            return new LedgerPair(row.version(), row.description(), label(row.hereStatus()), label(row.thereStatus()),
                    row.differs());
        }

        private static String label(Optional<MigrationStatus> status) {
            return status.map(MigrationStatus::label).orElse(ABSENT);
        }
    }

    public CompareDatabasesViewModel(WorkspaceViewModel workspace, BackgroundExecutor executor, Settings settings) {
        this.workspace = workspace;
        this.executor = executor;
        Project project = workspace.projectProperty().get();
        if (project != null) {
            savedConnections.setAll(settings.connections(project.directory()));
        }
    }

    /** Takes a saved connection's URL (saved without its password: type it in the password field if it has one). */
    public void choose(NamedConnection connection) {
        if (connection != null) {
            otherUrl.set(connection.url());
        }
    }

    /** Reads both databases in the background and shows them side by side. */
    public void compare() {
        Project project = workspace.projectProperty().get();
        DatabaseUrl here = workspace.databaseProperty().get();
        if (running.get() || project == null || here == null) {
            return;
        }
        DatabaseUrl there;
        try {
            there = otherDatabase();
        } catch (IllegalArgumentException badUrl) {
            fail("The other database's URL: " + badUrl.getMessage());
            return;
        }
        if (there.kind() != here.kind()) {
            fail("Cannot compare " + here.masked() + " with " + there.masked() + ": one is PostgreSQL, the other SQLite.");
            return;
        }
        SchemaChecks checks = new SchemaChecks(project, here, null, ComparisonOptions.DEFAULT);
        running.set(true);
        error.set("");
        summary.set("Reading both databases…");
        executor.submit(() -> {
            try (Connection hereConnection = here.connect(); Connection thereConnection = there.connect()) {
                return checks.against(hereConnection, thereConnection, there, project.readMigrations());
            }
        }, comparison -> {
            running.set(false);
            show(here, there, comparison);
        }, failure -> {
            running.set(false);
            fail(there.scrub(here.scrub(workspace.describe(failure))));
        });
    }

    private DatabaseUrl otherDatabase() {
        String typed = otherUrl.get().strip();
        if (typed.isEmpty()) {
            throw new IllegalArgumentException("type one, or pick a saved connection");
        }
        DatabaseUrl parsed = DatabaseUrl.parse(typed);
        boolean holdsPassword = !parsed.masked().equals(typed);
        if (password.get().isEmpty() || holdsPassword || parsed.kind() != DatabaseUrl.Kind.POSTGRES) {
            return parsed;
        }
        return DatabaseUrl.parse(SavedConnectionsViewModel.withPassword(typed, password.get()));
    }

    private void show(DatabaseUrl here, DatabaseUrl there, DatabaseComparison comparison) {
        ledgers.setAll(comparison.migrations().stream().map(LedgerPair::of).toList());
        differences.setAll(comparison.differences().stream().map(difference -> difference.message(SIDES)).toList());
        long versionsApart = comparison.migrations().stream().filter(TwoDatabaseStatus::differs).count();
        String ledgerText = versionsApart == 0 ? "the ledgers stand the same" : versionsApart
                + (versionsApart == 1 ? " migration stands" : " migrations stand") + " differently";
        String schemaText = differences.isEmpty() ? "the schemas are the same" : differences.size()
                + (differences.size() == 1 ? " schema difference" : " schema differences");
        summary.set("This database: " + here.masked() + "\nThe other database: " + there.masked() + "\n"
                + (comparison.isSame() ? "The same: " : "Different: ") + ledgerText + ", " + schemaText + ".");
    }

    private void fail(String message) {
        error.set(message);
        summary.set("");
        ledgers.clear();
        differences.clear();
    }

    /** The project's saved connections, to pick the other database from. */
    public ObservableList<NamedConnection> savedConnections() {
        return savedConnections;
    }

    public StringProperty otherUrlProperty() {
        return otherUrl;
    }

    /** The other database's password when its URL has none (a saved connection's never has). */
    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** Both databases (passwords masked) and whether they stand the same. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    /** Why the comparison could not be made; empty when it was. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** One row per migration version, in version order. */
    public ObservableList<LedgerPair> ledgers() {
        return ledgers;
    }

    /** How the other database's schema differs from this one's, one sentence each. */
    public ObservableList<String> differences() {
        return differences;
    }
}
