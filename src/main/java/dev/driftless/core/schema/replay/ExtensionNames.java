package dev.driftless.core.schema.replay;

import dev.driftless.core.schema.SqlText;
import dev.driftless.core.sql.SqlDialect;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The extensions a migration creates itself ({@code CREATE EXTENSION [IF NOT EXISTS] name}): a
 * shadow gets the checked database's other extensions before the replay, and must not get these,
 * or a migration's plain {@code CREATE EXTENSION} would fail there.
 */
public final class ExtensionNames {
    private ExtensionNames() {
    }

    /** The names of the extensions {@code sql} creates, as PostgreSQL stores them (unquoted). */
    public static Set<String> createdBy(String sql, SqlDialect dialect) {
        List<String> tokens = SqlText.tokens(sql, dialect);
        Set<String> names = new TreeSet<>();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (!tokens.get(i).equals("create") || !tokens.get(i + 1).equals("extension")) {
                continue;
            }
            int name = i + 2;
            if (tokens.subList(name, Math.min(name + 3, tokens.size())).equals(List.of("if", "not", "exists"))) {
                name += 3;
            }
            if (name < tokens.size()) {
                names.add(unquoted(tokens.get(name)));
            }
        }
        return names;
    }

    /** The extensions any of these texts creates. */
    public static Set<String> createdByAny(List<String> texts, SqlDialect dialect) {
        Set<String> names = new TreeSet<>();
        texts.forEach(text -> names.addAll(createdBy(text, dialect)));
        return names;
    }

    private static String unquoted(String token) {
        return token.startsWith("\"") ? token.substring(1, token.length() - 1).replace("\"\"", "\"") : token;
    }
}
