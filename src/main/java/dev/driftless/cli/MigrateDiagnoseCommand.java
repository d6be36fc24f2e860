package dev.driftless.cli;

import dev.driftless.core.drift.Diagnosis;
import dev.driftless.core.engine.StatusRow;
import dev.driftless.project.DriftInspection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * `migrate diagnose`: for every drifted, missing or failed migration, what changed, where the
 * applied text came from, and the diff. An inspection: it changes nothing and exits 0.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true,
        description = "Explain drifted, missing and failed migrations: what changed since they were applied.")
final class MigrateDiagnoseCommand implements Callable<Integer> {
    private final CliContext context;

    @Mixin
    ProjectOptions projectOptions;

    @Mixin
    FormatOption formatOption;

    MigrateDiagnoseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        MigrationSession session = MigrationSession.open(context, projectOptions, MigrationRunOptions.DEFAULT_LOCK_TIMEOUT);
        List<StatusRow> rows = session.status();
        List<Diagnosis> diagnoses;
        try (DriftInspection inspection = DriftInspection.open(session.project(), session.url(),
                projectOptions.journalRoot(context))) {
            diagnoses = inspection.diagnose(rows);
        }
        if (formatOption.json()) {
            CliJson.print(context, Map.of("diagnoses", diagnoses.stream().map(MigrateDiagnoseCommand::json).toList()));
        } else {
            printText(diagnoses);
        }
        return 0;
    }

    private void printText(List<Diagnosis> diagnoses) {
        if (diagnoses.isEmpty()) {
            context.out().println("no drifted, missing or failed migrations");
            return;
        }
        for (Diagnosis diagnosis : diagnoses) {
            context.out().println(diagnosis.version() + "/" + diagnosis.status().label() + " " + diagnosis.description());
            context.out().println("  classification: " + diagnosis.classification().label()
                    + (diagnosis.classification().isCosmetic() ? " (cosmetic)" : ""));
            context.out().println("  applied text: " + diagnosis.appliedTextSource());
            context.out().println("  " + diagnosis.explanation());
            context.out().printLines(diagnosis.diff());
            context.out().println();
        }
    }

    /** The five documented keys first, in this order; extras after them. */
    private static Map<String, Object> json(Diagnosis diagnosis) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", diagnosis.version());
        json.put("status", diagnosis.status().label());
        json.put("classification", diagnosis.classification().label());
        json.put("applied_text_source", diagnosis.appliedTextSource());
        json.put("diff", diagnosis.appliedText().isPresent() ? diagnosis.diff() : null);
        json.put("description", diagnosis.description());
        json.put("cosmetic", diagnosis.classification().isCosmetic());
        json.put("explanation", diagnosis.explanation());
        json.put("removed_by", diagnosis.removal().map(removal -> removal.commit().id()).orElse(null));
        return json;
    }
}
