package dev.driftless.cli;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.TwoDatabaseStatus;
import dev.driftless.core.schema.compare.DifferenceSides;
import dev.driftless.db.DatabaseUrl;
import dev.driftless.project.DatabaseComparison;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What `schema diff --against` prints: both ledgers side by side, then how the other schema differs. */
final class AgainstOutput {
    /** How a version with neither file nor ledger row on one database shows there. */
    private static final String ABSENT = "absent";
    private static final DifferenceSides SIDES = DifferenceSides.TWO_DATABASES;

    private AgainstOutput() {
    }

    static void printText(CliContext context, DatabaseUrl here, DatabaseUrl there, DatabaseComparison comparison) {
        TerminalWriter out = context.out();
        out.println(SIDES.expected() + ": " + here.masked());
        out.println(SIDES.actual() + ": " + there.masked());
        out.println("migrations (" + SIDES.expected() + " | " + SIDES.actual() + "):");
        for (TwoDatabaseStatus row : comparison.migrations()) {
            out.println("  " + row.version() + " " + row.description() + ": " + label(row.hereStatus()) + " | "
                    + label(row.thereStatus()) + (row.differs() ? "  <- differs" : ""));
        }
        int count = comparison.differences().size();
        if (count == 0) {
            out.println("schema: the same");
        } else {
            out.println("schema: " + count + (count == 1 ? " difference" : " differences"));
            comparison.differences().forEach(difference -> out.println("  " + difference.message(SIDES)));
        }
        if (!comparison.hereServerVersion().equals(comparison.thereServerVersion())) {
            context.err().println("warning: the servers' versions differ (" + comparison.hereServerVersion() + ", "
                    + comparison.thereServerVersion() + "): definitions the server writes out may differ in form");
        }
    }

    /**
     * {@code {"database", "against", "same", "migrations": [{"version", "description", "status",
     * "against_status", "differs"}], "differences": [...]}}; a status is null where the version is absent.
     */
    static Map<String, Object> json(DatabaseUrl here, DatabaseUrl there, DatabaseComparison comparison) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("database", here.masked());
        json.put("against", there.masked());
        json.put("same", comparison.isSame());
        json.put("migrations", comparison.migrations().stream().map(AgainstOutput::migration).toList());
        json.put("differences", comparison.differences().stream()
                .map(difference -> SchemaDifferenceJson.of(difference, SIDES)).toList());
        return json;
    }

    private static Map<String, Object> migration(TwoDatabaseStatus row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", row.version());
        json.put("description", row.description());
        json.put("status", row.hereStatus().map(MigrationStatus::label).orElse(null));
        json.put("against_status", row.thereStatus().map(MigrationStatus::label).orElse(null));
        json.put("differs", row.differs());
        return json;
    }

    private static String label(Optional<MigrationStatus> status) {
        return status.map(MigrationStatus::label).orElse(ABSENT);
    }
}
