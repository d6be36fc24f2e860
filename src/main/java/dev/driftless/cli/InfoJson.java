package dev.driftless.cli;

import dev.driftless.core.engine.StatusRow;
import dev.driftless.core.ledger.AppliedMigration;
import dev.driftless.core.source.Migration;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The `migrate info --format json` document: one object, keys in a fixed order. */
final class InfoJson {
    private InfoJson() {
    }

    static Map<String, Object> document(MigrationSession session, List<StatusRow> rows) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("source", session.source().directory().toString());
        document.put("database", session.url().masked());
        document.put("table", session.migrator().ledger().table().sqlName());
        document.put("migrations", rows.stream().map(InfoJson::migration).toList());
        document.put("problems", session.source().problems().stream()
                .map(problem -> fileAndMessage(problem.file(), problem.message())).toList());
        document.put("notes", session.source().notes().stream()
                .map(note -> fileAndMessage(note.file(), note.message())).toList());
        return document;
    }

    private static Map<String, Object> fileAndMessage(Path file, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("message", message);
        return json;
    }

    private static Map<String, Object> migration(StatusRow row) {
        Migration file = row.migration();
        AppliedMigration applied = row.applied();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", row.version());
        json.put("description", row.description());
        json.put("type", row.type().label());
        json.put("status", row.status().label());
        json.put("out_of_order", row.outOfOrder());
        json.put("no_transaction", row.noTransaction());
        json.put("file", file == null ? null : file.upFile().toString());
        json.put("down_file", file == null ? null : pathOrNull(file.downFile()));
        json.put("checksum", file == null ? null : file.checksum().hex());
        json.put("applied_checksum", applied == null ? null : applied.checksum().hex());
        json.put("installed_on", applied == null || applied.installedOn() == null ? null : applied.installedOn().toString());
        json.put("execution_time_ns", applied == null ? null : applied.executionTimeNanos());
        return json;
    }

    private static String pathOrNull(Path path) {
        return path == null ? null : path.toString();
    }
}
