package dev.driftless.ui.schema;

import dev.driftless.core.schema.ObjectKey;
import dev.driftless.core.schema.replay.MigrationRef;

/**
 * One line of the Schema tab: a difference the check found, a migration replayed or not, or a
 * reversibility verdict, in a sentence.
 *
 * @param migration the migration the line is about (a finding's attribution), or null
 * @param object    the schema object the line is about, or null
 */
public record SchemaCheckLine(Kind kind, String text, MigrationRef migration, ObjectKey object) {

    /** What the line says, each with the words the tab shows beside it. */
    public enum Kind {
        ONLY_IN_DATABASE("only in the database"),
        MISSING_FROM_DATABASE("missing from the database"),
        DIFFERS("differs"),
        REPLAYED("replayed"),
        NOT_REPLAYED("not replayed"),
        REVERSIBLE("reversible"),
        NOT_REVERSIBLE("not reversible"),
        NOT_CHECKED("not checked");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** A difference between two schemas, which can be shown in the Database view. */
        public boolean isDifference() {
            return this == ONLY_IN_DATABASE || this == MISSING_FROM_DATABASE || this == DIFFERS;
        }
    }

    /** Whether the line is about this migration. */
    public boolean isAbout(long version) {
        return migration != null && migration.version() == version;
    }
}
