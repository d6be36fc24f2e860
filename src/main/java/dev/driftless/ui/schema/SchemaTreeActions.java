package dev.driftless.ui.schema;

import dev.driftless.ui.tree.MigrationTreeView;

import java.util.OptionalLong;

/** The schema checks in the migration tree's context menu, so a drifted object is reachable from its migration. */
public final class SchemaTreeActions {
    private SchemaTreeActions() {
    }

    /**
     * "Show Schema Drift" ({@code #treeShowSchemaDrift}) for a migration the latest check attributes findings to,
     * and "Check Reversibility" ({@code #treeCheckReversibility}) for a reversible one.
     */
    public static void addTo(MigrationTreeView tree, SchemaCheckViewModel schemaCheck) {
        tree.addMigrationAction("treeShowSchemaDrift", "Show Schema Drift",
                row -> schemaCheck.hasFindingsAbout(row.version()), schemaCheck::showFindingsAbout);
        tree.addMigrationAction("treeCheckReversibility", "Check Reversibility",
                row -> row.migration() != null && row.migration().downFile() != null
                        && schemaCheck.unavailableReasonProperty().get() == null,
                version -> schemaCheck.checkReversibility(OptionalLong.of(version)));
    }
}
