package dev.driftless.ui.schema;

import dev.driftless.core.schema.compare.SchemaDifference;
import dev.driftless.core.schema.replay.DriftFinding;
import dev.driftless.core.schema.replay.DriftReport;
import dev.driftless.core.schema.replay.NotReplayed;
import dev.driftless.core.schema.replay.ReplayStep;
import dev.driftless.core.schema.replay.ReversibilityReport;
import dev.driftless.core.schema.replay.ReversibilityResult;
import dev.driftless.ui.schema.SchemaCheckLine.Kind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The Schema tab's headline and lines for a check's report, worded once for the tab and its tests. */
final class SchemaCheckLines {
    /** What a clean reversibility check says of a migration and of all of them. */
    static final String RESTORED = "up, down, up again restore the schema";

    private SchemaCheckLines() {
    }

    /** @param objects how many of the database's objects were compared */
    static String headline(DriftReport report, int objects) {
        String migrations = count(report.replayed().size(), "migration") + " replayed in " + report.shadow() + ", "
                + count(objects, "object") + " compared";
        if (report.isClean()) {
            return "The database matches its migrations (" + migrations + ")";
        }
        return "Schema drift: " + count(report.findings().size(), "difference")
                + " between the database and its migrations (" + migrations + ")";
    }

    /** The differences grouped by kind (only in the database, missing from it, differs), then what was replayed. */
    static List<SchemaCheckLine> of(DriftReport report) {
        List<SchemaCheckLine> lines = new ArrayList<>(report.findings().stream().map(SchemaCheckLines::finding)
                .sorted(Comparator.comparing(SchemaCheckLine::kind)).toList());
        report.replayed().forEach(step -> lines.add(new SchemaCheckLine(Kind.REPLAYED, step.migration() + ": "
                + (step.source().equals(ReplayStep.FILE) ? "from its file" : "from " + step.source() + " ("
                + step.sourceDetail() + ")"), step.migration(), null)));
        for (NotReplayed skipped : report.notReplayed()) {
            lines.add(new SchemaCheckLine(Kind.NOT_REPLAYED, skipped.migration() + ": " + skipped.reason()
                    + " (what it did shows as made by hand)", skipped.migration(), null));
        }
        return lines;
    }

    private static SchemaCheckLine finding(DriftFinding finding) {
        Kind kind = switch (finding.difference().change()) {
            case EXTRA -> Kind.ONLY_IN_DATABASE;
            case MISSING -> Kind.MISSING_FROM_DATABASE;
            case CHANGED -> Kind.DIFFERS;
        };
        return new SchemaCheckLine(kind, finding.message(), finding.attributedTo().orElse(null),
                finding.difference().key());
    }

    static String headline(ReversibilityReport report) {
        int checked = report.results().size();
        if (checked == 0) {
            return "No reversible migrations to check";
        }
        long broken = report.results().stream().filter(result -> !result.isReversible()).count();
        if (broken == 0) {
            return "Reversible: " + RESTORED + " (" + count(checked, "reversible migration") + " checked)";
        }
        return "Not reversible: " + broken + " of " + count(checked, "reversible migration")
                + " checked do not restore the schema";
    }

    /** One line per reversible migration, or one per problem of a migration that is not. */
    static List<SchemaCheckLine> of(ReversibilityReport report) {
        List<SchemaCheckLine> lines = new ArrayList<>();
        for (ReversibilityResult result : report.results()) {
            if (result.isReversible()) {
                lines.add(new SchemaCheckLine(Kind.REVERSIBLE, result.migration() + ": " + RESTORED,
                        result.migration(), null));
                continue;
            }
            Kind kind = result.verdict() == ReversibilityResult.Verdict.NOT_CHECKED ? Kind.NOT_CHECKED
                    : Kind.NOT_REVERSIBLE;
            result.problems().forEach(problem -> lines.add(new SchemaCheckLine(kind, problem.message(),
                    result.migration(), problem.schemaDifference().map(SchemaDifference::key).orElse(null))));
        }
        return lines;
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
