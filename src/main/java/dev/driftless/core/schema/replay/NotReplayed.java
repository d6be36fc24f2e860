package dev.driftless.core.schema.replay;

/**
 * A ledger row that is not replayed into the shadow: its text is known nowhere (a missing file
 * that neither the journal nor git has), or it failed. What it did to the database cannot be
 * told apart from changes made by hand.
 *
 * @param reason a sentence: why it is not replayed
 */
public record NotReplayed(MigrationRef migration, String reason) {
}
