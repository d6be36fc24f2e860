package dev.driftless.cli;

import dev.driftless.core.schema.compare.DifferenceSides;
import dev.driftless.core.schema.compare.SchemaDifference;
import dev.driftless.core.schema.replay.MigrationRef;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A schema difference in the JSON of `schema diff`: the same keys in every document, in this order. */
final class SchemaDifferenceJson {
    private SchemaDifferenceJson() {
    }

    static Map<String, Object> of(SchemaDifference difference, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("key", difference.key().qualifiedName());
        json.put("kind", difference.key().kind().jsonName());
        json.put("change", difference.change().label());
        json.put("attribute", difference.attribute() == null ? null : difference.attribute().jsonName());
        json.put("expected", difference.expected());
        json.put("actual", difference.actual());
        json.put("message", message);
        return json;
    }

    static Map<String, Object> of(SchemaDifference difference, DifferenceSides sides) {
        return of(difference, difference.message(sides));
    }

    /** {@code {"version", "description"}}, or null. */
    static Map<String, Object> migration(Optional<MigrationRef> migration) {
        return migration.map(SchemaDifferenceJson::migration).orElse(null);
    }

    static Map<String, Object> migration(MigrationRef migration) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", migration.version());
        json.put("description", migration.description());
        return json;
    }
}
