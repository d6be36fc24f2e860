package dev.driftless.core.schema.replay;

import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.core.schema.compare.ComparableSchema;
import dev.driftless.core.schema.compare.SchemaComparison;
import dev.driftless.core.schema.compare.SchemaDifference;

import java.sql.SQLException;
import java.util.List;

/**
 * Schema drift: replays what the ledger says was applied into a shadow and compares the result with
 * the database. Every difference is then attributed: the migrations are replayed once more into a
 * fresh shadow, one at a time, with the schema read after each ({@link SchemaHistory}). A clean
 * database costs one replay and two reads; reading after every migration is paid only when there is
 * something to attribute. Every shadow is closed (dropped) on every path, interrupts included.
 */
public final class SchemaDriftCheck {
    private final ShadowReplayer replayer;
    private final SchemaComparison comparison;

    public SchemaDriftCheck(ShadowReplayer replayer, SchemaComparison comparison) {
        this.replayer = replayer;
        this.comparison = comparison;
    }

    /**
     * Compares {@code database} with what {@code plan} builds in shadows from {@code shadows}.
     *
     * @throws ReplayFailedException      when a migration fails in the shadow (naming it)
     * @throws ShadowUnavailableException when no shadow can be had
     * @throws InterruptedException       when the thread is interrupted (between migrations)
     */
    public DriftReport check(SchemaSnapshot database, ReplayPlan plan, ShadowFactory shadows)
            throws SQLException, ShadowUnavailableException, ReplayFailedException, InterruptedException {
        SchemaSnapshot replayed;
        String shadowDescription;
        try (Shadow shadow = shadows.open()) {
            shadowDescription = shadow.description();
            replayer.prepare(shadow);
            for (ReplayStep step : plan.steps()) {
                replayer.apply(shadow, step);
            }
            replayed = replayer.read(shadow);
        }
        ComparableSchema actual = comparison.normalize(database);
        List<SchemaDifference> differences = comparison.compare(comparison.normalize(replayed), actual);
        SchemaHistory history = differences.isEmpty() ? null : history(plan, shadows);
        List<DriftFinding> findings = differences.stream()
                .map(difference -> new DriftFinding(difference, history.of(difference.key())))
                .toList();
        return new DriftReport(plan.steps(), plan.notReplayed(), findings, shadowDescription,
                database.serverVersion(), replayed.serverVersion());
    }

    /**
     * Attribution: replays {@code plan} into a fresh shadow one migration at a time, reading the schema
     * after each, so every object is known by the migration that created it and the last that changed it.
     * The shadow is closed (dropped) on every path.
     */
    public SchemaHistory history(ReplayPlan plan, ShadowFactory shadows)
            throws SQLException, ShadowUnavailableException, ReplayFailedException, InterruptedException {
        try (Shadow shadow = shadows.open()) {
            replayer.prepare(shadow);
            SchemaHistory history = new SchemaHistory(comparison.normalize(replayer.read(shadow)));
            for (ReplayStep step : plan.steps()) {
                replayer.apply(shadow, step);
                history.record(step.migration(), comparison.normalize(replayer.read(shadow)));
            }
            return history;
        }
    }
}
