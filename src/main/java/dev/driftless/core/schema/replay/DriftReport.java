package dev.driftless.core.schema.replay;

import java.util.List;

/**
 * The outcome of a schema drift check: what was replayed (and from which text), what could not
 * be, and every difference between the database and the replayed schema, attributed.
 *
 * @param shadow                the shadow's description, for the report
 * @param databaseServerVersion the checked database's server version
 * @param shadowServerVersion   the shadow's server version: deparsed text may differ from the database's
 *                              when it is another (a shadow database given on another server)
 */
public record DriftReport(List<ReplayStep> replayed, List<NotReplayed> notReplayed, List<DriftFinding> findings,
                          String shadow, String databaseServerVersion, String shadowServerVersion) {
    public DriftReport {
        replayed = List.copyOf(replayed);
        notReplayed = List.copyOf(notReplayed);
        findings = List.copyOf(findings);
    }

    /** The database is what its migrations build. */
    public boolean isClean() {
        return findings.isEmpty();
    }
}
