package dev.driftless.cli;

import dev.driftless.core.schema.replay.ReversibilityReport;
import dev.driftless.core.schema.replay.ReversibilityResult;
import dev.driftless.db.DatabaseUrl;

import java.util.LinkedHashMap;
import java.util.Map;

/** What `migrate check-reversible` prints: one line per reversible migration, its problems under it. */
final class ReversibilityOutput {
    private ReversibilityOutput() {
    }

    static void printText(CliContext context, ReversibilityReport report) {
        TerminalWriter out = context.out();
        if (report.results().isEmpty()) {
            out.println("no reversible migrations to check");
            return;
        }
        for (ReversibilityResult result : report.results()) {
            out.println(result.migration() + ": " + result.verdict().label());
            result.problems().forEach(problem -> out.println("  " + problem.message()));
        }
        long broken = report.results().stream().filter(result -> !result.isReversible()).count();
        int checked = report.results().size();
        out.println((checked == 1 ? "1 reversible migration" : checked + " reversible migrations") + " checked in "
                + report.shadow() + ": " + (broken == 0 ? "all reversible" : broken + " not"));
    }

    /**
     * {@code {"database", "shadow", "reversible", "migrations": [{"version", "description", "result",
     * "problems": [{"kind", "message", "difference"}]}]}}.
     */
    static Map<String, Object> json(DatabaseUrl url, ReversibilityReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("database", url.masked());
        json.put("shadow", report.shadow());
        json.put("reversible", report.allReversible());
        json.put("migrations", report.results().stream().map(ReversibilityOutput::result).toList());
        return json;
    }

    private static Map<String, Object> result(ReversibilityResult result) {
        Map<String, Object> json = SchemaDifferenceJson.migration(result.migration());
        json.put("result", result.verdict().label().replace(' ', '_'));
        json.put("problems", result.problems().stream().map(problem -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", problem.kind().label());
            entry.put("message", problem.message());
            entry.put("difference", problem.schemaDifference()
                    .map(difference -> SchemaDifferenceJson.of(difference, problem.message())).orElse(null));
            return entry;
        }).toList());
        return json;
    }
}
