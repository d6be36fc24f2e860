package dev.driftless.ui.drift;

import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Migration;
import dev.driftless.db.DatabaseIdentity;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.DriftInspection;
import dev.driftless.project.Project;
import dev.driftless.ui.task.BackgroundExecutor;
import dev.driftless.ui.task.LatestAnswer;
import dev.driftless.ui.workspace.WorkspaceViewModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kind of change of every drifted, missing and failed migration, for the badges in the tree
 * and the ledger: all of them are diagnosed together in the background, with one
 * {@link DriftInspection}, whenever the workspace's rows change in a way that matters.
 * <p>
 * The ledger poller replaces the rows whenever the ledger changes, so a diagnosis (git and the
 * journal, for every such row) runs again only when the set of rows needing attention changed
 * (version, status, both checksums) or the project or database did. An answer that arrives after
 * a newer question is dropped. A failure is logged once, not on every refresh that repeats it.
 */
public final class DriftBadges {
    private final WorkspaceViewModel workspace;
    /** The diagnoses: a late answer to an earlier question is dropped. */
    private final LatestAnswer diagnoses;
    private final Path journalRoot;
    /** Held, so the listener on it lives as long as this object does. */
    private final ObservableList<StatusRow> rows;
    private final ObservableMap<Long, DriftClassification> classifications = FXCollections.observableHashMap();
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper();
    private final ObservableMap<Long, DriftClassification> readOnlyClassifications =
            FXCollections.unmodifiableObservableMap(classifications);
    /** What was last asked; null when nothing needs attention. */
    private Question asked;
    /** The last failure logged, so the same failure is not logged again and again. */
    private String lastFailure;

    /**
     * @param executor    runs the diagnoses (git, the journal, the files) off the FX thread
     * @param journalRoot where applied migration texts are journalled (the data folder's {@code journal})
     */
    public DriftBadges(WorkspaceViewModel workspace, BackgroundExecutor executor, Path journalRoot) {
        this.workspace = workspace;
        this.diagnoses = new LatestAnswer(executor);
        this.journalRoot = journalRoot;
        this.rows = workspace.rows();
        rows.addListener((ListChangeListener<StatusRow>) change -> update());
        update();
    }

    /** True while the kinds of drift are being worked out (on a long history this takes a moment). */
    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    /** The classification of every migration that needs attention, by version, once diagnosed. */
    public ObservableMap<Long, DriftClassification> classifications() {
        return readOnlyClassifications;
    }

    /** One row as far as its diagnosis depends on it. */
    private record Attention(long version, MigrationStatus status, Checksum applied, Checksum file) {
        static Attention of(StatusRow row) {
            return new Attention(row.version(), row.status(), row.ledgerRow().map(AppliedMigration::checksum).orElse(null),
                    row.file().map(Migration::checksum).orElse(null));
        }
    }

    /** Everything a diagnosis depends on: the same question twice gets the same answer. */
    private record Question(Path project, DatabaseIdentity database, List<Attention> rows) {
    }

    private void update() {
        Project project = workspace.projectProperty().get();
        DatabaseUrl url = workspace.databaseProperty().get();
        List<StatusRow> needingAttention = rows.stream().filter(row -> row.status().needsAttention()).toList();
        Question question = project == null || url == null || needingAttention.isEmpty() ? null
                : new Question(project.directory(), url.identity(),
                needingAttention.stream().map(Attention::of).toList());
        if (Objects.equals(question, asked)) {
            return;
        }
        asked = question;
        // A row that no longer needs attention loses its badge at once; the others keep theirs until the answer.
        Set<Long> versions = needingAttention.stream().map(StatusRow::version).collect(Collectors.toSet());
        classifications.keySet().retainAll(versions);
        if (question == null) {
            diagnoses.cancel();
            working.set(false);
            return;
        }
        working.set(true);
        diagnoses.submit(() -> diagnose(project, url, needingAttention), this::publish,
                failure -> report(url, failure));
    }

    /** Blocking: git, the journal and the files. Runs in the background. */
    private Map<Long, DriftClassification> diagnose(Project project, DatabaseUrl url, List<StatusRow> needingAttention)
            throws IOException {
        try (DriftInspection inspection = DriftInspection.open(project, url, journalRoot)) {
            return inspection.classify(needingAttention);
        }
    }

    private void publish(Map<Long, DriftClassification> found) {
        working.set(false);
        lastFailure = null;
        classifications.keySet().retainAll(found.keySet());
        // Only changed entries are put, so the views redraw no more than they must.
        found.forEach((version, kind) -> {
            if (classifications.get(version) != kind) {
                classifications.put(version, kind);
            }
        });
    }

    private void report(DatabaseUrl url, Throwable failure) {
        working.set(false);
        classifications.clear(); // an old badge could name the wrong kind for a file changed since
        String message = "cannot tell the kind of drift for the badges: " + url.scrub(String.valueOf(failure.getMessage()));
        if (!message.equals(lastFailure)) {
            lastFailure = message;
            workspace.log().warning(message);
        }
    }
}
