package dev.driftless.core.drift;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.core.sql.SqlDialect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Explains every drifted, missing and failed row: finds the applied text, classifies the change
 * to the current file, and renders the diff. Reads the current files; writes nothing.
 */
public final class DriftDiagnoser {
    private static final String FAILED_MEANING = "success = false: the migration started and never finished "
            + "(sqlx writes such a row when a script run outside a transaction fails part-way), so part of it "
            + "may have taken effect. sqlx refuses to run until that is fixed and the row is removed.";

    private final AppliedTextSource texts;
    private final MigrationHistory history;
    private final DriftClassifier classifier;
    private final Path namesRelativeTo;

    /**
     * @param texts               where applied texts are looked for, in order of trust
     * @param history             which commit removed a missing file
     * @param migrationsDirectory the folder the rows' files are in; diffs name files relative to its parent
     */
    public DriftDiagnoser(AppliedTextSource texts, MigrationHistory history, SqlDialect dialect,
                          Path migrationsDirectory) {
        this.texts = texts;
        this.history = history;
        this.classifier = new DriftClassifier(dialect);
        Path absolute = migrationsDirectory.toAbsolutePath();
        this.namesRelativeTo = absolute.getParent() != null ? absolute.getParent() : absolute;
    }

    /** One diagnosis per row that needs attention, in the rows' order. */
    public List<Diagnosis> diagnose(List<StatusRow> rows) {
        return rows.stream().filter(row -> row.status().needsAttention()).map(this::diagnose).toList();
    }

    /** The diagnosis of one drifted, missing or failed row. */
    public Diagnosis diagnose(StatusRow row) {
        requireAttention(row);
        Optional<AppliedText> applied = texts.find(row);
        // Decided by the file, not the status: a failed row's file may be gone too.
        return row.migration() == null ? missing(row, applied) : withFile(row, applied);
    }

    /**
     * Only the kind of change of one drifted, missing or failed row, as {@link #diagnose} gives it, without
     * what a badge does not show: the diff, and for a missing file the commit that removed it.
     */
    public DriftClassification classify(StatusRow row) {
        requireAttention(row);
        if (row.migration() == null) {
            return DriftClassification.REMOVED;
        }
        try {
            return classification(texts.find(row), MigrationSourceReader.readSql(row.migration().upFile()));
        } catch (IOException e) {
            return DriftClassification.UNKNOWN;
        }
    }

    private static void requireAttention(StatusRow row) {
        if (!row.status().needsAttention()) {
            throw new IllegalArgumentException("migration " + row.version() + " is " + row.status().label()
                    + ": only drifted, missing and failed migrations are diagnosed");
        }
    }

    private DriftClassification classification(Optional<AppliedText> applied, String current) {
        return applied.map(text -> classifier.classify(text.text(), current)).orElse(DriftClassification.UNKNOWN);
    }

    /** What the change means, after what a failed row means when the row failed. */
    private static String meaning(StatusRow row, String changeMeaning) {
        return row.status() == MigrationStatus.FAILED ? FAILED_MEANING + " " + changeMeaning : changeMeaning;
    }

    private Diagnosis withFile(StatusRow row, Optional<AppliedText> applied) {
        String name = displayName(row.migration().upFile());
        String current;
        try {
            current = MigrationSourceReader.readSql(row.migration().upFile());
        } catch (IOException e) {
            return diagnosis(row, DriftClassification.UNKNOWN, applied, "",
                    "The current file cannot be read: " + e.getMessage(), Optional.empty());
        }
        DriftClassification classification = classification(applied, current);
        String diff = applied.map(text -> UnifiedDiff.between("a/" + name, text.text(), "b/" + name, current))
                .orElse("");
        String changeMeaning = applied.flatMap(text -> DriftClassifier.transactionModeChange(text.text(), current))
                .orElse(classification.meaning());
        return diagnosis(row, classification, applied, diff, meaning(row, changeMeaning), Optional.empty());
    }

    private Diagnosis missing(StatusRow row, Optional<AppliedText> applied) {
        Optional<FileRemoval> removal = history.removalOf(row.version());
        String name = removal.map(FileRemoval::path)
                .orElse(row.version() + "_" + row.description().replace(' ', '_') + ".sql");
        String diff = applied.map(text -> UnifiedDiff.between("a/" + name, text.text(), "/dev/null", ""))
                .orElse("");
        String removedBy = removal
                .map(found -> " Commit " + found.commit().describe() + " removed " + found.path() + ".")
                .orElse(" Git does not know which commit removed it.");
        return diagnosis(row, DriftClassification.REMOVED, applied, diff,
                meaning(row, DriftClassification.REMOVED.meaning() + removedBy), removal);
    }

    private static Diagnosis diagnosis(StatusRow row, DriftClassification classification,
                                       Optional<AppliedText> applied, String diff, String explanation,
                                       Optional<FileRemoval> removal) {
        return new Diagnosis(row.version(), row.description(), row.status(), classification, applied, diff,
                explanation, removal);
    }

    private String displayName(Path file) {
        Path absolute = file.toAbsolutePath();
        Path relative = absolute.startsWith(namesRelativeTo) ? namesRelativeTo.relativize(absolute) : absolute.getFileName();
        return relative.toString().replace('\\', '/');
    }
}
