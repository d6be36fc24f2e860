package dev.driftless.cli;

import dev.driftless.core.schema.SchemaObject;
import dev.driftless.core.schema.SchemaSnapshot;
import dev.driftless.db.DatabaseUrl;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The `schema show --format json` document: the snapshot as one flat list of objects, each with
 * its whole key, its attributes under their JSON names and the database's DDL (or null). Keys in a
 * fixed order; every key is always present.
 */
final class SchemaJson {
    private SchemaJson() {
    }

    static Map<String, Object> document(DatabaseUrl url, SchemaSnapshot snapshot) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("database", url.masked());
        document.put("dialect", snapshot.dialect().name().toLowerCase(Locale.ROOT));
        document.put("server_version", snapshot.serverVersion());
        document.put("objects", snapshot.objects().stream().map(SchemaJson::object).toList());
        return document;
    }

    private static Map<String, Object> object(SchemaObject object) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", object.kind().jsonName());
        json.put("schema", object.key().schema());
        json.put("parent", object.key().parent());
        json.put("name", object.name());
        json.put("arguments", object.key().argumentTypes());
        Map<String, Object> attributes = new LinkedHashMap<>();
        object.attributes().forEach((attribute, value) -> attributes.put(attribute.jsonName(), value));
        json.put("attributes", attributes);
        json.put("ddl", object.ddl());
        return json;
    }
}
