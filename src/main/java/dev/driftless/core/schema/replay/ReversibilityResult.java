package dev.driftless.core.schema.replay;

import dev.driftless.core.schema.compare.SchemaDifference;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether one reversible migration's down file undoes its up file, found in a shadow: S0 before
 * the up, S1 after it, S2 after the down, S3 after the up once more. It is reversible when the down
 * runs, S2 equals S0, the up runs again and S3 equals S1.
 */
public record ReversibilityResult(MigrationRef migration, Verdict verdict, List<Problem> problems) {

    /** The outcome for one migration. */
    public enum Verdict {
        REVERSIBLE, BROKEN,
        /** An earlier migration broke the shadow, so this one could not be tried. */
        NOT_CHECKED;

        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** What went wrong. */
    public enum Kind {
        /** The up file fails on the schema before it; nothing after it can be checked. */
        UP_FAILED,
        DOWN_FAILED,
        /** S2 differs from S0: the down leaves, drops or changes something. */
        DOWN_DOES_NOT_RESTORE,
        /** The up fails when applied again after the down. */
        UP_AGAIN_FAILED,
        /** S3 differs from S1. */
        UP_AGAIN_DIFFERS,
        NOT_CHECKED;

        /** The lowercase words used in JSON: {@code down_does_not_restore}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * One thing wrong, in a sentence ({@code 20240103090000_add_status.down.sql leaves index
     * public.orders.orders_status_idx}), with the schema difference behind it if there is one.
     */
    public record Problem(Kind kind, String message, SchemaDifference difference) {
        public Optional<SchemaDifference> schemaDifference() {
            return Optional.ofNullable(difference);
        }
    }

    public ReversibilityResult {
        problems = List.copyOf(problems);
    }

    public boolean isReversible() {
        return verdict == Verdict.REVERSIBLE;
    }

    /** One of its problems is of this kind. */
    public boolean has(Kind kind) {
        return problems.stream().anyMatch(problem -> problem.kind() == kind);
    }
}
