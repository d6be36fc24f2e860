package dev.driftless.core.schema;

import java.util.Set;
import java.util.regex.Pattern;

/** Writing names into generated DDL: quoted only where a plain name would not read back the same. */
public final class SqlIdentifiers {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    /**
     * PostgreSQL's keywords that cannot stand as a bare column or table name (every category but
     * "unreserved" of pg_get_keywords()), as PostgreSQL's own quote_ident quotes them. SQLite
     * reads the same quoted names.
     */
    private static final Set<String> RESERVED = Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization",
            "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast", "char", "character",
            "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc",
            "distinct", "do", "else", "end", "except", "exists", "extract", "false", "fetch", "float",
            "for", "foreign", "freeze", "from", "full", "grant", "greatest", "group", "grouping", "having",
            "ilike", "in", "initially", "inner", "inout", "int", "integer", "intersect", "interval",
            "into", "is", "isnull", "join", "lateral", "leading", "least", "left", "like", "limit",
            "localtime", "localtimestamp", "national", "natural", "nchar", "none", "normalize", "not",
            "notnull", "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out", "outer",
            "overlaps", "overlay", "placing", "position", "precision", "primary", "real", "references",
            "returning", "right", "row", "select", "session_user", "setof", "similar", "smallint", "some",
            "substring", "symmetric", "table", "tablesample", "then", "time", "timestamp", "to",
            "trailing", "treat", "trim", "true", "union", "unique", "user", "using", "values", "varchar",
            "variadic", "verbose", "when", "where", "window", "with", "xmlattributes", "xmlconcat",
            "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    private SqlIdentifiers() {
    }

    /** The name as written in SQL: bare when it is a plain lower-case name, else in double quotes. */
    public static String quote(String name) {
        if (PLAIN.matcher(name).matches() && !RESERVED.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted as needed; just the name when there is no schema. */
    public static String qualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    /** A string literal: {@code 'it''s'}. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
