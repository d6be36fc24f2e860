package dev.driftless.core.drift;

import dev.driftless.core.source.MigrationSourceReader;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.core.sql.SqlLexer;
import dev.driftless.core.sql.SqlTokenType;

import java.util.List;
import java.util.Optional;

/**
 * Tells what kind of change turned an applied text into the current one, by undoing the
 * cosmetic kinds one after another (each step keeps the ones before it undone) and stopping at
 * the first that makes the two equal. A change of whether the file runs in a transaction is
 * semantic whatever else it looks like: {@code -- no-transaction} counts only as the file's very
 * first bytes, so a comment, blank line or BOM put above it changes how the file runs.
 */
public final class DriftClassifier {
    private final SqlLexer lexer;

    public DriftClassifier(SqlDialect dialect) {
        this.lexer = new SqlLexer(dialect);
    }

    public DriftClassification classify(String applied, String current) {
        if (applied.equals(current)) {
            return DriftClassification.UNCHANGED;
        }
        if (transactionModeChange(applied, current).isPresent()) {
            return DriftClassification.SEMANTIC;
        }
        String appliedLf = TextForms.toLf(applied);
        String currentLf = TextForms.toLf(current);
        if (appliedLf.equals(currentLf)) {
            return DriftClassification.LINE_ENDINGS;
        }
        String appliedBare = TextForms.withoutBom(appliedLf);
        String currentBare = TextForms.withoutBom(currentLf);
        if (appliedBare.equals(currentBare)) {
            return DriftClassification.BOM;
        }
        if (!lexer.sameIgnoringCommentsAndWhitespace(appliedBare, currentBare)) {
            return DriftClassification.SEMANTIC;
        }
        return comments(appliedBare).equals(comments(currentBare))
                ? DriftClassification.WHITESPACE
                : DriftClassification.COMMENTS;
    }

    /**
     * When the edit changed whether the file runs in a transaction, the sentences saying so (the
     * explanation of a {@link DriftClassification#SEMANTIC} change that may look cosmetic).
     */
    public static Optional<String> transactionModeChange(String applied, String current) {
        boolean appliedOutside = MigrationSourceReader.isNoTransaction(applied);
        boolean currentOutside = MigrationSourceReader.isNoTransaction(current);
        if (appliedOutside == currentOutside) {
            return Optional.empty();
        }
        return Optional.of("Whether the file runs in a transaction changed: the database ran it "
                + (appliedOutside ? "outside a transaction" : "in a transaction") + ", and it would now run "
                + (currentOutside ? "outside one" : "in one") + ". `-- no-transaction` counts only as the file's "
                + "very first bytes, so a comment, blank line or byte-order mark put above it (or its removal) "
                + "changes how the file runs: this is not cosmetic.");
    }

    /**
     * The comments in order, each without trailing blanks (a line comment's own trailing blanks
     * are whitespace). Lexing, rather than squeezing blanks, keeps a changed space inside a
     * string literal a semantic change.
     */
    private List<String> comments(String text) {
        return lexer.tokenize(text).stream()
                .filter(token -> token.type() == SqlTokenType.LINE_COMMENT || token.type() == SqlTokenType.BLOCK_COMMENT)
                .map(token -> token.text(text).stripTrailing())
                .toList();
    }
}
