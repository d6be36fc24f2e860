package dev.driftless.core.drift;

import dev.driftless.core.engine.StatusRow;

import java.util.List;
import java.util.Optional;

/**
 * Somewhere the text that was applied for a ledger row may still be found: the journal, the
 * project's history, or a reconstruction from the current file.
 */
@FunctionalInterface
public interface AppliedTextSource {
    /** Finds nothing: for callers without a journal or history. */
    AppliedTextSource NONE = row -> Optional.empty();

    /**
     * The text whose checksum is the one in {@code row}'s ledger row, if this source knows it.
     * Rows without a ledger row (pending) have no applied text.
     */
    Optional<AppliedText> find(StatusRow row);

    /** Asks each source in turn; the first that knows the text answers. */
    static AppliedTextSource firstOf(List<AppliedTextSource> sources) {
        List<AppliedTextSource> ordered = List.copyOf(sources);
        return row -> ordered.stream()
                .map(source -> source.find(row))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
