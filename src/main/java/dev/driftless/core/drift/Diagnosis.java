package dev.driftless.core.drift;

import dev.driftless.core.engine.MigrationStatus;

import java.util.Optional;

/**
 * Why one migration needs attention (drifted, missing or failed), as far as can be told.
 *
 * @param appliedText the text the ledger's checksum was computed from, if found
 * @param diff        unified diff from the applied text to the current file ({@code a/<file>},
 *                    {@code b/<file>}); empty when the applied text is unknown or equal
 * @param meaning     sentences for people: what the change means (where the text came from is
 *                    {@link #appliedText}; {@link #explanation()} says both)
 * @param removal     for a missing migration, the commit that removed its file, if git knows
 */
public record Diagnosis(long version, String description, MigrationStatus status,
                        DriftClassification classification, Optional<AppliedText> appliedText, String diff,
                        String meaning, Optional<FileRemoval> removal) {

    /** What the change means, then where the applied text was found (the command line's explanation). */
    public String explanation() {
        return meaning + appliedText.map(text -> " Applied text: " + text.originDetail() + ".").orElse("");
    }

    /** {@code journal}, {@code git:<full commit id>}, {@code reconstructed} or {@code unknown}. */
    public String appliedTextSource() {
        return appliedText.map(AppliedText::sourceLabel).orElse("unknown");
    }
}
