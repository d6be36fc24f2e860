package dev.driftless.core.drift;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.source.Checksum;
import dev.driftless.core.source.Checksums;
import dev.driftless.core.source.IgnoredChars;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the two cures for line-ending drift would do to the ledger's checksums, computed from the
 * files as they are now. Reads files; writes nothing.
 */
public final class LineEndingAdvice {
    private LineEndingAdvice() {
    }

    /**
     * The effect of adding {@code "\r"} to {@code [migrate] ignored-chars}: sqlx then hashes
     * every file without carriage returns, so each applied row is checked against a new checksum.
     *
     * @param stillMatching versions whose stored checksum matches now and still would
     * @param wouldDrift    versions that match now but would drift (applied with CR in the hashed text): re-stamp them
     * @param wouldMatch    versions drifted now that would match (their CRs are the only change)
     * @param stillDrifted  versions drifted now that would stay drifted
     */
    public record IgnoredCrEffect(boolean alreadyIgnored, List<Long> stillMatching, List<Long> wouldDrift,
                                  List<Long> wouldMatch, List<Long> stillDrifted) {
    }

    /**
     * The effect of ignoring {@code "\r"} on every row with both a file and a ledger row.
     *
     * @param current the project's ignored-chars now
     */
    public static IgnoredCrEffect ignoringCarriageReturns(List<StatusRow> rows, IgnoredChars current) {
        Set<Integer> points = new HashSet<>(current.codePoints());
        boolean already = !points.add((int) '\r');
        IgnoredChars withCr = new IgnoredChars(points);
        List<Long> stillMatching = new ArrayList<>();
        List<Long> wouldDrift = new ArrayList<>();
        List<Long> wouldMatch = new ArrayList<>();
        List<Long> stillDrifted = new ArrayList<>();
        for (StatusRow row : rows) {
            if (row.migration() == null || row.applied() == null) {
                continue;
            }
            String text;
            try {
                text = new String(Files.readAllBytes(row.migration().upFile()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            Checksum stored = row.applied().checksum();
            boolean matchesNow = Checksums.sha384(text, current).equals(stored);
            boolean matchesAfter = Checksums.sha384(text, withCr).equals(stored);
            (matchesNow ? (matchesAfter ? stillMatching : wouldDrift) : (matchesAfter ? wouldMatch : stillDrifted))
                    .add(row.version());
        }
        return new IgnoredCrEffect(already, stillMatching, wouldDrift, wouldMatch, stillDrifted);
    }

    /** Sentences for people saying what {@code ignored-chars = ["\r"]} would do. */
    public static String describe(IgnoredCrEffect effect) {
        if (effect.alreadyIgnored()) {
            return "sqlx.toml already ignores \"\\r\" when hashing.";
        }
        StringBuilder text = new StringBuilder("[migrate] ignored-chars = [\"\\r\"] in sqlx.toml would hash every "
                + "file without carriage returns, so every applied row is checked against a new checksum. ");
        text.append(effect.wouldMatch().isEmpty() ? "No drifted migration would match again. "
                : "Would match again: " + effect.wouldMatch() + ". ");
        text.append(effect.wouldDrift().isEmpty() ? "No applied migration would drift. "
                : "Would drift, as they were hashed with carriage returns (setting it re-stamps them in the same step): "
                + effect.wouldDrift() + ". ");
        if (!effect.stillDrifted().isEmpty()) {
            text.append("Would stay drifted: ").append(effect.stillDrifted()).append(". ");
        }
        return text.toString().strip();
    }

    /** What {@code *.sql text eol=lf} in .gitattributes does, for people. */
    public static String describeGitattributes(boolean present) {
        return (present ? ".gitattributes already has \"*.sql text eol=lf\": " : "\"*.sql text eol=lf\" in "
                + ".gitattributes would make ")
                + "git store SQL files with LF and check them out with LF on every OS, so a checkout on Windows "
                + "no longer changes their checksums. Files already checked out keep their endings until "
                + "checked out again (git add --renormalize . then git checkout).";
    }
}
