package dev.driftless.ui.demo;

import dev.driftless.core.engine.MigrationStatus;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.schema.replay.DriftReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the demo's banner says, from what is true now: it starts with a migration pending, one edited after it
 * was applied and changes made by hand, and says less as a person runs and repairs them.
 */
public final class DemoBannerText {
    private static final String OPENING = "This is the demo project: a shop schema on SQLite";

    private DemoBannerText() {
    }

    /**
     * @param rows   the demo's statuses; empty while they are read
     * @param schema the latest schema check of its database, or null before one ran
     */
    public static String of(List<StatusRow> rows, DriftReport schema) {
        if (rows.isEmpty()) {
            return OPENING + ".";
        }
        List<String> states = new ArrayList<>();
        count(rows, MigrationStatus.PENDING, "migration pending", "migrations pending").ifPresent(states::add);
        count(rows, MigrationStatus.DRIFTED, "migration edited after it was applied",
                "migrations edited after they were applied").ifPresent(states::add);
        count(rows, MigrationStatus.MISSING, "applied migration whose file is gone",
                "applied migrations whose files are gone").ifPresent(states::add);
        if (schema == null) {
            states.add("perhaps changes made by hand in its database (Check Schema tells)");
        } else if (!schema.isClean()) {
            int findings = schema.findings().size();
            states.add(findings + (findings == 1 ? " difference" : " differences") + " made by hand in its database");
        }
        if (states.isEmpty()) {
            return OPENING + ": everything is applied and matches its files and its database.";
        }
        return OPENING + ", with " + String.join(", ", states) + ".";
    }

    private static Optional<String> count(List<StatusRow> rows, MigrationStatus status, String one,
                                                    String many) {
        long count = rows.stream().filter(row -> row.status() == status).count();
        return count == 0 ? Optional.empty()
                : Optional.of(count == 1 ? "one " + one : count + " " + many);
    }
}
