package dev.driftless.project;

import dev.driftless.core.drift.AppliedTextSource;
import dev.driftless.core.drift.Diagnosis;
import dev.driftless.core.drift.DriftClassification;
import dev.driftless.core.drift.DriftDiagnoser;
import dev.driftless.core.drift.MigrationHistory;
import dev.driftless.core.drift.Reconstruction;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.Dialects;
import dev.driftless.vcs.GitHistory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that can explain a project's drift on one database, opened once: the journal, the
 * project's git history (when it is in a repository) and reconstruction from the current files,
 * asked in that order. Close it to release the repository.
 */
public final class DriftInspection implements AutoCloseable {
    private final Optional<GitHistory> git;
    private final AppliedTextSource appliedTexts;
    private final DriftDiagnoser diagnoser;

    private DriftInspection(Optional<GitHistory> git, AppliedTextSource appliedTexts, DriftDiagnoser diagnoser) {
        this.git = git;
        this.appliedTexts = appliedTexts;
        this.diagnoser = diagnoser;
    }

    public static DriftInspection open(Project project, DatabaseUrl url, Path journalRoot) throws IOException {
        Optional<GitHistory> git = GitHistory.open(project.migrationsDirectory(), project.reader());
        List<AppliedTextSource> sources = new ArrayList<>();
        Project.journal(url, journalRoot).ifPresent(sources::add);
        git.ifPresent(sources::add);
        sources.add(new Reconstruction(project.reader()));
        AppliedTextSource appliedTexts = AppliedTextSource.firstOf(sources);
        DriftDiagnoser diagnoser = new DriftDiagnoser(appliedTexts,
                git.<MigrationHistory>map(history -> history).orElse(MigrationHistory.NONE), Dialects.sqlDialect(url),
                project.migrationsDirectory());
        return new DriftInspection(git, appliedTexts, diagnoser);
    }

    /** Where the text applied for a drifted or missing row is looked for: the journal, git, a reconstruction, in that order. */
    public AppliedTextSource appliedTexts() {
        return appliedTexts;
    }

    /** One diagnosis per drifted, missing or failed row. */
    public List<Diagnosis> diagnose(List<StatusRow> rows) {
        prefetchFromGit(rows);
        return diagnoser.diagnose(rows);
    }

    /** The kind of change of each drifted, missing or failed row, by version: no diffs, no removal commits. */
    public Map<Long, DriftClassification> classify(List<StatusRow> rows) {
        prefetchFromGit(rows);
        Map<Long, DriftClassification> kinds = new LinkedHashMap<>();
        rows.stream().filter(row -> row.status().needsAttention())
                .forEach(row -> kinds.put(row.version(), diagnoser.classify(row)));
        return kinds;
    }

    /** One walk of the history for every row that needs attention, rather than one per row. */
    private void prefetchFromGit(List<StatusRow> rows) {
        git.ifPresent(history -> history.prefetch(rows.stream().filter(row -> row.status().needsAttention()).toList()));
    }

    @Override
    public void close() {
        git.ifPresent(GitHistory::close);
    }
}
