package dev.driftless.core.repair;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Applies or undoes several {@link FileEdit}s as one: in order, and when one fails, the ones
 * already done are reversed (newest first), so a repair is never left half-done on disk.
 */
final class FileEditSequence {
    private FileEditSequence() {
    }

    /** Applies every edit in order; on failure undoes those applied, then throws. */
    static void applyAll(List<FileEdit> edits) throws IOException {
        run(edits, true);
    }

    /** Undoes every edit, last first; on failure re-applies those undone, then throws. */
    static void undoAll(List<FileEdit> edits) throws IOException {
        run(reversed(edits), false);
    }

    private static void run(List<FileEdit> edits, boolean forward) throws IOException {
        List<FileEdit> done = new ArrayList<>();
        for (FileEdit edit : edits) {
            try {
                step(edit, forward);
            } catch (IOException failure) {
                rollBack(done, forward, failure);
                throw failure;
            }
            done.add(edit);
        }
    }

    private static void rollBack(List<FileEdit> done, boolean forward, IOException failure) {
        for (FileEdit edit : reversed(done)) {
            try {
                step(edit, !forward);
            } catch (IOException rollbackFailure) {
                failure.addSuppressed(rollbackFailure);
            }
        }
    }

    private static List<FileEdit> reversed(List<FileEdit> edits) {
        List<FileEdit> copy = new ArrayList<>(edits);
        Collections.reverse(copy);
        return copy;
    }

    private static void step(FileEdit edit, boolean forward) throws IOException {
        if (forward) {
            edit.apply();
        } else {
            edit.undo();
        }
    }
}
