package dev.driftless.core.drift;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The text a ledger row's checksum was computed from, and where it was found.
 *
 * @param originDetail a sentence for people: the journal file, the commit and path, or the change undone
 * @param commit       the commit it came from, for {@link Origin#GIT} only
 */
public record AppliedText(String text, Origin origin, String originDetail, Optional<CommitInfo> commit) {

    /** Where an applied text was found, most trustworthy first. */
    public enum Origin {
        /** Kept by Driftless when it applied the migration. */
        JOURNAL,
        /** A past version of the file in the project's git history. */
        GIT,
        /** The current file with a cosmetic change undone, matching the ledger's checksum. */
        RECONSTRUCTED
    }

    public AppliedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(origin, "origin");
        if ((origin == Origin.GIT) != commit.isPresent()) {
            throw new IllegalArgumentException("a commit is given exactly for texts found in git");
        }
    }

    public static AppliedText journal(String text, Path file) {
        return new AppliedText(text, Origin.JOURNAL, "kept in the journal when Driftless applied it: " + file,
                Optional.empty());
    }

    public static AppliedText git(String text, CommitInfo commit, String path) {
        return new AppliedText(text, Origin.GIT, path + " in commit " + commit.describe(), Optional.of(commit));
    }

    public static AppliedText reconstructed(String text, String changeUndone) {
        return new AppliedText(text, Origin.RECONSTRUCTED, "the current file with " + changeUndone,
                Optional.empty());
    }

    /** {@code journal}, {@code git:<full commit id>} or {@code reconstructed}, as the JSON shows it. */
    public String sourceLabel() {
        return switch (origin) {
            case JOURNAL -> "journal";
            case GIT -> "git:" + commit.orElseThrow().id();
            case RECONSTRUCTED -> "reconstructed";
        };
    }
}
