package dev.driftless.ui.actions;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.MigrationCreator;
import dev.driftless.core.engine.NewMigration;
import dev.driftless.core.source.MigrationSource;
import dev.driftless.core.source.MigrationType;
import dev.driftless.ui.workspace.RefusalHints;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * The add dialog's state: a description, simple or reversible, timestamp or sequential (both
 * defaulting to what sqlx would infer from the folder), the file names it will create, and why
 * it cannot yet. The names come from {@link MigrationCreator#preview}, the same naming path as
 * the creation itself, and the creation is given the same time and the names shown: what is
 * created is exactly what was shown, or nothing.
 */
public final class AddMigrationViewModel {
    private final WorkspaceViewModel workspace;
    private final Clock clock;
    // The time the shown names were made at: a timestamp version is created from it, so the name created is the one shown.
    private Instant previewedAt;
    private final StringProperty description = new SimpleStringProperty("");
    private final BooleanProperty reversible = new SimpleBooleanProperty();
    private final BooleanProperty sequential = new SimpleBooleanProperty();
    private final ObservableList<Path> preview = FXCollections.observableArrayList();
    private final StringProperty validation = new SimpleStringProperty();
    private final BooleanProperty typed = new SimpleBooleanProperty();
    private final StringBinding shownValidation;
    private final BooleanProperty creating = new SimpleBooleanProperty();
    private final BooleanBinding canCreate;

    /** @param clock the clock a timestamp version is taken from when the names are previewed */
    public AddMigrationViewModel(WorkspaceViewModel workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
        MigrationSource source = workspace.sourceProperty().get();
        if (source != null) {
            NewMigration defaults = MigrationCreator.inferred(source, "");
            reversible.set(defaults.type().isReversible());
            sequential.set(defaults.versioning() == NewMigration.Versioning.SEQUENTIAL);
        }
        canCreate = validation.isNull().and(creating.not()).and(workspace.busyProperty().not());
        // Telling someone what is wrong before they have typed anything reads as an error they made.
        shownValidation = Bindings.when(typed).then(validation).otherwise((String) null);
        description.addListener((observable, old, text) -> {
            typed.set(true);
            updatePreview();
        });
        reversible.addListener((observable, old, value) -> updatePreview());
        sequential.addListener((observable, old, value) -> updatePreview());
        workspace.sourceProperty().addListener((observable, old, value) -> updatePreview());
        updatePreview();
    }

    private NewMigration request() {
        return new NewMigration(description.get().strip(),
                reversible.get() ? MigrationType.REVERSIBLE : MigrationType.SIMPLE,
                sequential.get() ? NewMigration.Versioning.SEQUENTIAL : NewMigration.Versioning.TIMESTAMP);
    }

    /** Pure: the source is already in memory, so typing never touches the disk. */
    private void updatePreview() {
        MigrationSource source = workspace.sourceProperty().get();
        if (source == null) {
            show(List.of(), "no project is open");
            return;
        }
        if (description.get().isBlank()) {
            show(List.of(), "type a description, for example: create users");
            return;
        }
        try {
            previewedAt = clock.instant();
            show(new MigrationCreator(Clock.fixed(previewedAt, ZoneOffset.UTC)).preview(source, request()), null);
        } catch (MigrateException e) {
            show(List.of(), e.getMessage() + RefusalHints.of(e).map(hint -> ". " + hint).orElse(""));
        }
    }

    private void show(List<Path> paths, String problem) {
        if (!preview.equals(paths)) {
            preview.setAll(paths);
        }
        validation.set(problem);
    }

    /**
     * Creates the files through the workspace (in the background) and hands their paths, up file
     * first, to {@code created}; a failure (a file that appeared meanwhile) becomes the validation message.
     */
    public void create(Consumer<List<Path>> created) {
        if (!canCreate.get()) {
            return;
        }
        creating.set(true);
        NewMigration request = request();
        Instant versionTime = previewedAt;
        List<Path> previewed = List.copyOf(preview);
        boolean started = WorkspaceAction.<List<Path>>start(workspace,
                done -> workspace.add(request, versionTime, previewed, done),
                paths -> {
                    creating.set(false);
                    created.accept(paths);
                },
                failure -> {
                    creating.set(false);
                    typed.set(true);
                    validation.set(failure.getMessage());
                });
        if (!started) {
            creating.set(false);
        }
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    /** Reversible (up and down files) rather than a single simple file. */
    public BooleanProperty reversibleProperty() {
        return reversible;
    }

    /** A sequential version (last + 1) rather than a UTC timestamp. */
    public BooleanProperty sequentialProperty() {
        return sequential;
    }

    /** The files that would be created, up file first. */
    public ObservableList<Path> preview() {
        return FXCollections.unmodifiableObservableList(preview);
    }

    /** Why the migration cannot be created as it stands, or null. */
    public ReadOnlyStringProperty validationProperty() {
        return validation;
    }

    /** The validation message once the description has been typed in; null before, so a fresh dialog shows no error. */
    public StringBinding shownValidationProperty() {
        return shownValidation;
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }
}
