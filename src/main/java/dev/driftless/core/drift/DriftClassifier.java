package dev.driftless.core.drift;

import dev.driftless.core.sql.SqlDialect;
import dev.driftless.core.sql.SqlLexer;
import dev.driftless.core.sql.SqlTokenType;

import java.util.List;

/**
 * Tells what kind of change turned an applied text into the current one, by undoing the
 * cosmetic kinds one after another (each step keeps the ones before it undone) and stopping at
 * the first that makes the two equal.
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
