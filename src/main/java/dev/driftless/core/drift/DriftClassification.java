package dev.driftless.core.drift;

/**
 * What kind of change separates the applied text from the current file. When several kinds are
 * mixed, the weightiest wins: a file with CRLF endings and a new statement is {@link #SEMANTIC}.
 */
public enum DriftClassification {
    /** Only the line endings differ (CRLF and LF), typically a checkout on another OS. */
    LINE_ENDINGS("line-endings", true,
            "Only the line endings changed (CRLF and LF), as a checkout on another OS does."),
    /** A byte-order mark was added or removed (perhaps with line endings too). */
    BOM("bom", true, "A byte-order mark was added or removed (line endings may differ too)."),
    /** Only whitespace differs outside strings: indentation, trailing blanks, blank lines, final newline. */
    WHITESPACE("whitespace", true, "Only whitespace changed; the same SQL runs."),
    /** Only comments (and whitespace) differ: the same SQL tokens run. */
    COMMENTS("comments", true, "Only comments (and whitespace) changed; the same SQL runs."),
    /** The SQL itself changed: the database may not match the current file. */
    SEMANTIC("semantic", false, "The SQL changed after it was applied: the database may not be what "
            + "the current file describes. Put the applied text back, or move the change into a new migration."),
    /** The applied text was not found, so the change cannot be told. */
    UNKNOWN("unknown", false, "The applied text was not found (no journal copy, no commit and no "
            + "cosmetic variant of the file has the ledger's checksum), so what changed cannot be told."),
    /** The applied text equals the current file (a failed row whose file was left as it ran). */
    UNCHANGED("unchanged", true, "The file is as it was when it ran."),
    /** The file is gone from the migrations folder: there is nothing to compare with. */
    REMOVED("removed", false, "No file in the migrations folder has this version; sqlx refuses "
            + "to run (unless --ignore-missing) until it is back.");

    private final String label;
    private final boolean cosmetic;
    private final String meaning;

    DriftClassification(String label, boolean cosmetic, String meaning) {
        this.label = label;
        this.cosmetic = cosmetic;
        this.meaning = meaning;
    }

    /** The lowercase word used in JSON and the CLI. */
    public String label() {
        return label;
    }

    /** A sentence saying what this kind of change means for the database. */
    public String meaning() {
        return meaning;
    }

    /** Whether the database is as the current file would make it, so only the checksum needs restamping. */
    public boolean isCosmetic() {
        return cosmetic;
    }
}
