package dev.driftless.cli;

import dev.driftless.core.schema.replay.DriftFinding;
import dev.driftless.core.schema.replay.DriftReport;
import dev.driftless.core.schema.replay.NotReplayed;
import dev.driftless.core.schema.replay.ReplayStep;
import dev.driftless.db.DatabaseUrl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What `schema diff` prints about drift: the differences, then where texts came from and what was not replayed. */
final class DriftOutput {
    private DriftOutput() {
    }

    static void printText(CliContext context, DriftReport report) {
        TerminalWriter out = context.out();
        int replayed = report.replayed().size();
        String migrations = replayed + (replayed == 1 ? " migration" : " migrations") + " replayed";
        if (report.isClean()) {
            out.println("the database matches its migrations (" + migrations + ")");
        } else {
            int count = report.findings().size();
            out.println("schema drift: " + count + (count == 1 ? " difference" : " differences")
                    + " between the database and its migrations (" + migrations + ")");
            report.findings().forEach(finding -> out.println("  " + finding.message()));
        }
        List<ReplayStep> otherTexts = report.replayed().stream()
                .filter(step -> !step.source().equals(ReplayStep.FILE)).toList();
        if (!otherTexts.isEmpty()) {
            out.println("replayed from other texts than their files:");
            otherTexts.forEach(step -> out.println("  " + step.migration() + ": " + step.source() + " ("
                    + step.sourceDetail() + ")"));
        }
        if (!report.notReplayed().isEmpty()) {
            out.println("not replayed (what they did shows as made by hand):");
            report.notReplayed().forEach(skipped -> out.println("  " + skipped.migration() + ": " + skipped.reason()));
        }
        out.println("shadow: " + report.shadow());
        if (!report.shadowServerVersion().equals(report.databaseServerVersion())) {
            context.err().println("warning: the shadow runs server version " + report.shadowServerVersion()
                    + " and the database " + report.databaseServerVersion()
                    + ": definitions the server writes out may differ in form");
        }
    }

    /**
     * {@code {"database", "clean", "shadow", "replayed": [{"version", "description", "text_source",
     * "text_source_detail"}], "not_replayed": [{"version", "description", "reason"}], "differences": [...]}}.
     */
    static Map<String, Object> json(DatabaseUrl url, DriftReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("database", url.masked());
        json.put("clean", report.isClean());
        json.put("shadow", report.shadow());
        json.put("replayed", report.replayed().stream().map(DriftOutput::replayed).toList());
        json.put("not_replayed", report.notReplayed().stream().map(DriftOutput::notReplayed).toList());
        json.put("differences", report.findings().stream().map(DriftOutput::finding).toList());
        return json;
    }

    private static Map<String, Object> replayed(ReplayStep step) {
        Map<String, Object> json = SchemaDifferenceJson.migration(step.migration());
        json.put("text_source", step.source());
        json.put("text_source_detail", step.sourceDetail());
        return json;
    }

    private static Map<String, Object> notReplayed(NotReplayed skipped) {
        Map<String, Object> json = SchemaDifferenceJson.migration(skipped.migration());
        json.put("reason", skipped.reason());
        return json;
    }

    private static Map<String, Object> finding(DriftFinding finding) {
        Map<String, Object> json = SchemaDifferenceJson.of(finding.difference(), finding.message());
        json.put("created_by", SchemaDifferenceJson.migration(finding.history().created()));
        json.put("changed_by", SchemaDifferenceJson.migration(finding.history().changed()));
        json.put("dropped_by", SchemaDifferenceJson.migration(finding.history().dropped()));
        json.put("attributed_to", SchemaDifferenceJson.migration(finding.attributedTo()));
        return json;
    }
}
