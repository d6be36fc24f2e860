package dev.driftless.ui.editor;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.workspace.RunFailure;
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
import java.util.function.Supplier;

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
    /** The text as last reported, or null while {@link #pendingText} has a newer one not yet built. */
    private String text = "";
    /** Builds the current text on demand after {@link #edited}, so that a keystroke does not copy the whole file. */
    private Supplier<String> pendingText;
    private final ReadOnlyIntegerWrapper loadCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<StatusRow> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Banner> banner = new ReadOnlyObjectWrapper<>();
    private RunFailure runFailure;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ReadOnlyIntegerWrapper lineToReveal = new ReadOnlyIntegerWrapper();
    /** The newer file seen on disk while in conflict; what "Reload" adopts. */
    private EditorDocument diskDuringConflict;

    public EditorViewModel(Path path, StatusRow row, BackgroundExecutor executor, ZoneId zone) {
        this.path = Objects.requireNonNull(path, "path");
        this.executor = executor;
        this.zone = zone;
        onDisk.addListener((obs, old, now) -> updateDirty());
        setStatus(row);
    }

    /** Reads the file; the view replaces its content when {@link #loadCountProperty()} changes. */
    public void load() {
        executor.submit(() -> EditorDocument.read(path), this::adopt, this::fail);
    }

    /** The view reports every edit here. */
    public void edit(String newText) {
        text = Objects.requireNonNull(newText, "newText");
        pendingText = null;
        updateDirty();
    }

    /**
     * Reports an edit without building the text: {@code currentText} gives it when it is needed
     * (saving, {@link #getText()}). Whether the text differs from the disk is decided from its length
     * alone when that differs, so that typing in a large file costs nothing here.
     */
    public void edited(int length, Supplier<String> currentText) {
        text = null;
        pendingText = Objects.requireNonNull(currentText, "currentText");
        EditorDocument base = onDisk.get();
        if (base == null) {
            dirty.set(false);
        } else if (base.text().length() != length) {
            dirty.set(true);
        } else {
            updateDirty();
        }
    }

    private void updateDirty() {
        EditorDocument base = onDisk.get();
        dirty.set(base != null && !base.text().equals(getText()));
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
        String toWrite = getText();
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
        showBanner();
    }

    /** Sets how the last run of this file's migration failed (null: it did not) and recomputes the banner. */
    public void setRunFailure(RunFailure failure) {
        runFailure = failure;
        showBanner();
    }

    private void showBanner() {
        banner.set(Banner.of(path, status.get(), runFailure, zone).orElse(null));
    }

    /** Asks the view to select and show a 1-based line once the text is there. */
    public void revealLine(int line) {
        lineToReveal.set(0); // so that asking for the same line twice still fires
        lineToReveal.set(line);
    }

    private void adopt(EditorDocument document) {
        text = document.text();
        pendingText = null;
        onDisk.set(document);
        updateDirty();
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

    /** The current text, the editor's included. */
    public String getText() {
        if (text == null) {
            text = pendingText.get();
            pendingText = null;
        }
        return text;
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
