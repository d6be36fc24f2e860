package dev.driftless.ui.tree;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.SourceNote;
import dev.driftless.core.source.SourceProblem;

import java.nio.file.Path;

/** What one line of the migration tree stands for. */
public sealed interface TreeEntry {

    /** A migration: `version description`, coloured by its status. */
    record MigrationEntry(StatusRow row) implements TreeEntry {
    }

    /** The up or down file under a reversible migration. */
    record FileEntry(StatusRow row, Path file, boolean down) implements TreeEntry {
    }

    /** Something wrong with the folder, listed instead of hidden. */
    record ProblemEntry(SourceProblem problem) implements TreeEntry {
    }

    /** Something sqlx skips though it looks like a migration: said, less loudly than a problem. */
    record NoteEntry(SourceNote note) implements TreeEntry {
    }
}
