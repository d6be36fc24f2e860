package dev.driftless.core.schema.replay;

import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.schema.compare.ComparableSchema;
import dev.driftless.core.schema.compare.SchemaComparison;
import dev.driftless.core.schema.compare.SchemaDifference;
import dev.driftless.core.schema.replay.ReversibilityResult.Kind;
import dev.driftless.core.schema.replay.ReversibilityResult.Problem;
import dev.driftless.core.schema.replay.ReversibilityResult.Verdict;
import dev.driftless.core.source.MigrationSourceReader;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * The reversibility check: in one shadow, the migrations are applied in order, and each reversible
 * one checked on the way (see {@link ReversibilityResult}): up, down, up again, reading the schema
 * in between. After a check the shadow must again be as the up left it for the next migrations to
 * be checked on the right schema; when it is not (the down ran outside a transaction and failed,
 * the up failed or differed the second time) a fresh shadow is built up to that migration. An up
 * that fails on the schema before it ends the check: the later migrations are not checked. The
 * shadow is closed on every path.
 */
public final class ReversibilityCheck {
    private final ShadowReplayer replayer;
    private final SchemaComparison comparison;

    public ReversibilityCheck(ShadowReplayer replayer, SchemaComparison comparison) {
        this.replayer = replayer;
        this.comparison = comparison;
    }

    /**
     * Checks every reversible migration among {@code migrations} (all of the folder, in version
     * order), or only {@code only}.
     *
     * @throws IllegalArgumentException   when {@code only} is not a reversible migration among them
     * @throws ReplayFailedException      when a migration that is not checked fails on the way
     */
    public ReversibilityReport check(List<MigrationScripts> migrations, OptionalLong only, ShadowFactory shadows)
            throws SQLException, ShadowUnavailableException, ReplayFailedException, InterruptedException {
        int last = lastToCheck(migrations, only);
        List<ReversibilityResult> results = new ArrayList<>();
        if (last < 0) {
            return new ReversibilityReport(results, "");
        }
        try (CurrentShadow current = new CurrentShadow(shadows.open())) {
            replayer.prepare(current.shadow);
            for (int i = 0; i <= last; i++) {
                MigrationScripts migration = migrations.get(i);
                if (!checked(migration, only)) {
                    applyUp(current.shadow, migration);
                    continue;
                }
                Cycle cycle = cycle(current.shadow, migration);
                results.add(cycle.result());
                if (cycle.result().has(Kind.UP_FAILED)) {
                    notChecked(migrations.subList(i + 1, last + 1), only, migration, results);
                    break;
                }
                if (!cycle.leftAsAfterUp()) {
                    current.replace(shadows, migrations.subList(0, i + 1));
                }
            }
            return new ReversibilityReport(results, current.description);
        }
    }

    /** The shadow in use, closed on every path, and replaced by a fresh one built up to a migration when needed. */
    private final class CurrentShadow implements AutoCloseable {
        private final String description;
        private Shadow shadow;

        CurrentShadow(Shadow shadow) {
            this.shadow = shadow;
            this.description = shadow.description();
        }

        /** Closes this shadow and opens one with {@code applied} applied (their up files, in order). */
        void replace(ShadowFactory shadows, List<MigrationScripts> applied)
                throws SQLException, ShadowUnavailableException, ReplayFailedException, InterruptedException {
            Shadow old = shadow;
            shadow = null;
            old.close();
            Shadow fresh = shadows.open();
            try {
                replayer.prepare(fresh);
                for (MigrationScripts migration : applied) {
                    applyUp(fresh, migration);
                }
            } catch (SQLException | ReplayFailedException | InterruptedException | RuntimeException e) {
                try {
                    fresh.close();
                } catch (SQLException closeFailure) {
                    e.addSuppressed(closeFailure);
                }
                throw e;
            }
            shadow = fresh;
        }

        @Override
        public void close() throws SQLException {
            if (shadow != null) {
                shadow.close();
            }
        }
    }

    private record Cycle(ReversibilityResult result, boolean leftAsAfterUp) {
    }

    private Cycle cycle(Shadow shadow, MigrationScripts migration)
            throws SQLException, InterruptedException {
        List<Problem> problems = new ArrayList<>();
        ComparableSchema before = read(shadow);
        try {
            applyUp(shadow, migration);
        } catch (ReplayFailedException e) {
            problems.add(failure(Kind.UP_FAILED, migration.upName() + " fails on the schema before it", e));
            return done(migration, problems, false);
        }
        ComparableSchema afterUp = read(shadow);
        try {
            replayer.revert(shadow, migration.migration(), migration.down(), migration.downName());
        } catch (ReplayFailedException e) {
            problems.add(failure(Kind.DOWN_FAILED, migration.downName() + " fails", e));
            // In a transaction, the failed down was rolled back and left the schema as the up made it.
            return done(migration, problems, !MigrationSourceReader.isNoTransaction(migration.down()));
        }
        for (SchemaDifference difference : comparison.compare(before, read(shadow))) {
            problems.add(new Problem(Kind.DOWN_DOES_NOT_RESTORE,
                    downMessage(migration.downName(), difference), difference));
        }
        try {
            applyUp(shadow, migration);
        } catch (ReplayFailedException e) {
            problems.add(failure(Kind.UP_AGAIN_FAILED,
                    migration.upName() + " fails when applied again after " + migration.downName(), e));
            return done(migration, problems, false);
        }
        List<SchemaDifference> again = comparison.compare(afterUp, read(shadow));
        for (SchemaDifference difference : again) {
            problems.add(new Problem(Kind.UP_AGAIN_DIFFERS,
                    upAgainMessage(migration.upName(), difference), difference));
        }
        return done(migration, problems, again.isEmpty());
    }

    private static Cycle done(MigrationScripts migration, List<Problem> problems, boolean leftAsAfterUp) {
        Verdict verdict = problems.isEmpty() ? Verdict.REVERSIBLE : Verdict.BROKEN;
        return new Cycle(new ReversibilityResult(migration.migration(), verdict, problems), leftAsAfterUp);
    }

    private static Problem failure(Kind kind, String what, ReplayFailedException e) {
        return new Problem(kind, what + ": " + e.sqlCause().getMessage(), null);
    }

    /** {@code X.down.sql leaves index public.orders.orders_status_idx}, {@code ... drops table public.users, ...}. */
    static String downMessage(String downName, SchemaDifference difference) {
        return switch (difference.change()) {
            case EXTRA -> downName + " leaves " + difference.key();
            case MISSING -> downName + " drops " + difference.key() + ", which was there before the migration";
            case CHANGED -> downName + " leaves " + difference.key() + " changed: " + difference.attributeName() + " "
                    + difference.valueText(difference.expected()) + " before the migration, "
                    + difference.valueText(difference.actual()) + " after " + downName;
        };
    }

    /** {@code X.up.sql applied again after its down: index ... is not there, though it was after the first run}. */
    static String upAgainMessage(String upName, SchemaDifference difference) {
        String prefix = upName + " applied again after its down: " + difference.key();
        return switch (difference.change()) {
            case EXTRA -> prefix + " is there, though it was not after the first run";
            case MISSING -> prefix + " is not there, though it was after the first run";
            case CHANGED -> prefix + " " + difference.attributeName() + " is " + difference.valueText(difference.actual())
                    + ", " + difference.valueText(difference.expected()) + " after the first run";
        };
    }

    private void applyUp(Shadow shadow, MigrationScripts migration)
            throws ReplayFailedException, SQLException, InterruptedException {
        replayer.apply(shadow, migration.migration(), migration.checksum(), migration.up(), migration.upName());
    }

    private ComparableSchema read(Shadow shadow) throws SQLException {
        SchemaSnapshot snapshot = replayer.read(shadow);
        return comparison.normalize(snapshot);
    }

    private static void notChecked(List<MigrationScripts> after, OptionalLong only, MigrationScripts failed,
                                   List<ReversibilityResult> results) {
        for (MigrationScripts migration : after) {
            if (checked(migration, only)) {
                results.add(new ReversibilityResult(migration.migration(), Verdict.NOT_CHECKED,
                        List.of(new Problem(Kind.NOT_CHECKED,
                                "not checked: " + failed.upName() + " before it fails", null))));
            }
        }
    }

    private static boolean checked(MigrationScripts migration, OptionalLong only) {
        return migration.isReversible() && (only.isEmpty() || only.getAsLong() == migration.migration().version());
    }

    private static int lastToCheck(List<MigrationScripts> migrations, OptionalLong only) {
        int last = -1;
        for (int i = 0; i < migrations.size(); i++) {
            if (checked(migrations.get(i), only)) {
                last = i;
            }
        }
        if (only.isPresent() && last < 0) {
            boolean exists = migrations.stream().anyMatch(migration -> migration.migration().version() == only.getAsLong());
            throw new IllegalArgumentException(exists
                    ? "migration " + only.getAsLong() + " has no down file: there is nothing to check"
                    : "migration " + only.getAsLong() + " is not present in the migration source");
        }
        return last;
    }
}
