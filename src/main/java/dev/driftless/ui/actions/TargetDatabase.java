package dev.driftless.ui.actions;

import dev.driftless.db.DatabaseUrl;
import dev.driftless.db.SqliteUrl;

/** Names the database a dialog is about to change, the way a person recognises it; never with its password. */
public final class TargetDatabase {

    private TargetDatabase() {
    }

    /** e.g. {@code SQLite file demo.sqlite} or {@code PostgreSQL postgres://app:****@db.example.com/shop}. */
    public static String describe(DatabaseUrl url) {
        if (url == null) {
            return "no database is set";
        }
        if (url instanceof SqliteUrl sqlite) {
            return sqlite.file().map(file -> "SQLite file " + file.getFileName()).orElse("in-memory SQLite database");
        }
        return "PostgreSQL " + url.masked();
    }
}
