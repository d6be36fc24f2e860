package dev.driftless.core.repair;

import dev.driftless.core.engine.MigrateException;

import java.io.IOException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A repair of the project's files, as one step that is shown before it runs and can be undone:
 * one or more {@link FileEdit}s (say, the edited migration put back and a new migration created),
 * and optionally ledger rows that must change with them (re-stamps when sqlx.toml changes how
 * files are hashed). Files are applied in order and rolled back if a later one fails; with
 * ledger rows, the files are written inside the rows' transaction, under the migration lock, so
 * the files are kept only when the rows commit. Blocking: call off the UI thread.
 */
public final class FileRepair {
    private final String description;
    private final List<FileEdit> edits;
    private final List<LedgerRepair> ledgerRows;

    /**
     * @param ledgerRows row edits made in the same transaction (empty for a files-only repair);
     *                   all on the same ledger
     */
    public FileRepair(String description, List<FileEdit> edits, List<LedgerRepair> ledgerRows) {
        this.description = Objects.requireNonNull(description, "description");
        this.edits = List.copyOf(edits);
        this.ledgerRows = List.copyOf(ledgerRows);
        if (this.edits.isEmpty()) {
            throw new IllegalArgumentException("a file repair changes at least one file");
        }
    }

    /** A repair of files only. */
    public static FileRepair ofFiles(String description, List<FileEdit> edits) {
        return new FileRepair(description, edits, List.of());
    }

    /**
     * Makes the repair. Refuses, changing nothing, if a file or a row is no longer as planned.
     *
     * @param connection the database of the ledger rows; may be null when {@link #touchesLedger()} is false
     */
    public void apply(Connection connection) throws IOException, MigrateException {
        run(connection, true);
    }

    /** Puts every file and row back as it was, refusing, changing nothing, if any changed since. */
    public void undo(Connection connection) throws IOException, MigrateException {
        run(connection, false);
    }

    private void run(Connection connection, boolean forward) throws IOException, MigrateException {
        if (!touchesLedger()) {
            files(forward);
            return;
        }
        Objects.requireNonNull(connection, "a repair of ledger rows needs a connection");
        LedgerRepair first = ledgerRows.get(0);
        boolean[] filesWritten = {false};
        try {
            LockedLedgerTransaction.run(first.ledger(), first.lockTimeout(), connection,
                    (forward ? "" : "undo ") + description, () -> {
                        for (LedgerRepair row : ledgerRows) {
                            if (forward) {
                                row.applyWithin(connection);
                            } else {
                                row.undoWithin(connection);
                            }
                        }
                        // Last, so a refused row leaves the files untouched; a failed write rolls the rows back.
                        try {
                            files(forward);
                        } catch (IOException e) {
                            throw new MigrateException(e.getMessage() + "; the ledger was not changed either", e);
                        }
                        filesWritten[0] = true;
                    });
        } catch (MigrateException failure) {
            if (filesWritten[0]) {
                // Only the COMMIT can fail after the files were written: put them back too.
                try {
                    files(!forward);
                } catch (IOException rollbackFailure) {
                    failure.addSuppressed(rollbackFailure);
                }
            }
            throw failure;
        }
    }

    private void files(boolean forward) throws IOException {
        if (forward) {
            FileEditSequence.applyAll(edits);
        } else {
            FileEditSequence.undoAll(edits);
        }
    }

    /** One line for people, e.g. "move the edit of 0003_x.sql into 0004_amend_x.sql". */
    public String description() {
        return description;
    }

    public List<FileEdit> edits() {
        return edits;
    }

    /** The ledger rows that change with the files; empty for a files-only repair. */
    public List<LedgerRepair> ledgerRows() {
        return ledgerRows;
    }

    public boolean touchesLedger() {
        return !ledgerRows.isEmpty();
    }

    /** The diffs of every file, in order, as {@link #apply} writes them. */
    public List<String> diff() {
        List<String> lines = new ArrayList<>();
        edits.forEach(edit -> lines.addAll(edit.diff()));
        return lines;
    }

    /** The diffs {@link #undo} makes, in the order it makes them (last file first). */
    public List<String> undoDiff() {
        List<String> lines = new ArrayList<>();
        for (int i = edits.size() - 1; i >= 0; i--) {
            lines.addAll(edits.get(i).undoDiff());
        }
        return lines;
    }

    /** The exact statements {@link #apply} runs, values written in; empty without ledger rows. */
    public List<String> sqlPreview() {
        return ledgerRows.stream().flatMap(row -> row.preview().stream()).toList();
    }

    /** The exact statements {@link #undo} runs, values written in; empty without ledger rows. */
    public List<String> undoSqlPreview() {
        return ledgerRows.stream().flatMap(row -> row.undoPreview().stream()).toList();
    }
}
