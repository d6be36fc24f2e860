package dev.driftless.ui.actions;

import dev.driftless.db.DatabaseUrl;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The guard in front of changes to a database on another machine: the confirm button enables
 * only once the database's name has been typed. A local database (SQLite, PostgreSQL on this
 * machine) needs nothing typed. Shared by the run and revert dialogs.
 */
public final class DangerConfirmation {
    private final ObservableValue<DatabaseUrl> database;
    private final StringBinding expectedName;
    private final StringProperty typedName = new SimpleStringProperty("");
    private final BooleanBinding required;
    private final BooleanBinding confirmed;

    public DangerConfirmation(ObservableValue<DatabaseUrl> database) {
        this.database = database;
        expectedName = Bindings.createStringBinding(() -> {
            DatabaseUrl url = database.getValue();
            return url == null || url.isLocal() ? null : url.databaseName();
        }, database);
        required = expectedName.isNotNull();
        // Exact match on purpose: a near miss is exactly the slip this guard is for.
        confirmed = required.not().or(typedName.isEqualTo(expectedName));
    }

    /** True when the database is not local, so its name must be typed. */
    public BooleanBinding requiredProperty() {
        return required;
    }

    /** The name to type, or null when none is needed. */
    public String expectedName() {
        return expectedName.get();
    }

    /** The database URL with its password masked, to show what is at stake. */
    public String maskedDatabase() {
        DatabaseUrl url = database.getValue();
        return url == null ? "" : url.masked();
    }

    public StringProperty typedNameProperty() {
        return typedName;
    }

    /** True when nothing needs typing or the typed name matches. */
    public BooleanBinding confirmedProperty() {
        return confirmed;
    }
}
