package dev.driftless.ui.editor;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.ui.task.BackgroundExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One open file: its text, whether it differs from the disk, the status banner, and what to do
 * when the file changed on disk. Edits are never lost silently: a change on disk while there are
 * unsaved edits becomes a {@linkplain #conflictProperty() conflict} that the user resolves with
 * {@link #reloadFromDisk()} or {@link #keepMine()}. All disk work goes through the executor.
 */
public final class EditorViewModel {
    private final Path path;
    private final BackgroundExecutor executor;
    private final ZoneId zone;

    /** The file as last read or written; null until loaded. */
    private final ObjectProperty<EditorDocument> onDisk = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper loadCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<StatusRow> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper lineToReveal = new ReadOnlyIntegerWrapper();
    /** The newer file seen on disk while in conflict; what "Reload" adopts. */
    private EditorDocument diskDuringConflict;

    public EditorViewModel(Path path, StatusRow row, BackgroundExecutor executor, ZoneId zone) {
        this.path = Objects.requireNonNull(path, "path");
        this.executor = executor;
        this.zone = zone;
        BooleanBinding differs = Bindings.createBooleanBinding(
                () -> onDisk.get() != null && !onDisk.get().text().equals(text.get()), onDisk, text);
        dirty.bind(differs);
        setStatus(row);
    }

    /** Reads the file; the view replaces its content when {@link #loadCountProperty()} changes. */
    public void load() {
        executor.submit(() -> EditorDocument.read(path), this::adopt, this::fail);
    }

    /** The view reports every edit here. */
    public void edit(String newText) {
        text.set(newText);
    }

    /**
     * Writes the text. If the file changed on disk since it was read (and the user did not choose
     * {@link #keepMine()}), nothing is written and a conflict is raised instead.
     */
    public void save(Runnable onSaved) {
        EditorDocument base = onDisk.get();
        if (base == null || conflict.get()) {
            return;
        }
        String toWrite = text.get();
        executor.submit(() -> {
            if (!base.isCurrentOnDisk()) {
                return new Saved(EditorDocument.read(path), false);
            }
            return new Saved(base.write(toWrite), true);
        }, saved -> {
            if (saved.written()) {
                onDisk.set(saved.document());
                error.set(null);
                onSaved.run();
            } else {
                raiseConflict(saved.document());
            }
        }, this::fail);
    }

    /**
     * Re-reads the file after it may have changed on disk: without unsaved edits the new content
     * replaces the text; with unsaved edits the view model enters the conflict state instead.
     */
    public void reloadIfUnchanged() {
        EditorDocument base = onDisk.get();
        if (base == null) {
            return;
        }
        executor.submit(() -> base.isCurrentOnDisk() ? null : EditorDocument.read(path), read -> {
            if (read == null) {
                return;
            }
            if (dirty.get()) {
                raiseConflict(read);
            } else {
                adopt(read);
            }
        }, this::fail);
    }

    /** Resolves a conflict by discarding the unsaved edits for what is on disk now. */
    public void reloadFromDisk() {
        if (conflict.get()) {
            conflict.set(false);
            adopt(diskDuringConflict);
        }
    }

    /** Resolves a conflict by keeping the edits; the next save overwrites the file on disk. */
    public void keepMine() {
        if (conflict.get()) {
            conflict.set(false);
            // The disk version becomes the base, so the text stays dirty and saving no longer sees a change.
            onDisk.set(diskDuringConflict);
        }
    }

    /** Sets the merged status of this file's migration (or null) and recomputes the banner. */
    public void setStatus(StatusRow row) {
        status.set(row);
        banner.set(Banner.of(path, row, zone).orElse(null));
    }

    /** Asks the view to select and show a 1-based line once the text is there. */
    public void revealLine(int line) {
        lineToReveal.set(0); // so that asking for the same line twice still fires
        lineToReveal.set(line);
    }

    private void adopt(EditorDocument document) {
        onDisk.set(document);
        text.set(document.text());
        error.set(null);
        loadCount.set(loadCount.get() + 1);
    }

    private void raiseConflict(EditorDocument newer) {
        diskDuringConflict = newer;
        conflict.set(true);
    }

    private void fail(Throwable failure) {
        error.set(failure instanceof IOException io && io.getMessage() != null
                ? io.getMessage() : failure.toString());
    }

    private record Saved(EditorDocument document, boolean written) {
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public String getText() {
        return text.get();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Incremented each time the text is (re)loaded from disk: the view then replaces its whole content. */
    public ReadOnlyIntegerProperty loadCountProperty() {
        return loadCount.getReadOnlyProperty();
    }

    /** The text differs from the file on disk. */
    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isConflict() {
        return conflict.get();
    }

    /** The file changed on disk while there were unsaved edits. */
    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusRow> statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The status banner, or null when the file needs none. */
    public ReadOnlyObjectProperty<Banner> bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The last failure to read or write, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** A 1-based line the view should show, or 0. */
    public ReadOnlyIntegerProperty lineToRevealProperty() {
        return lineToReveal.getReadOnlyProperty();
    }
}
