package dev.driftless.core.drift;

import dev.driftless.core.sql.SqlDialect;
import dev.driftless.core.sql.SqlLexer;
import dev.driftless.core.sql.SqlToken;
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
        if (sameTokensAndComments(appliedBare, currentBare)) {
            return DriftClassification.WHITESPACE;
        }
        return lexer.sameIgnoringCommentsAndWhitespace(appliedBare, currentBare)
                ? DriftClassification.COMMENTS
                : DriftClassification.SEMANTIC;
    }

    /**
     * Equal once whitespace between tokens is ignored. Lexing (rather than squeezing blanks)
     * keeps a changed space inside a string literal a semantic change. A line comment's own
     * trailing blanks count as whitespace.
     */
    private boolean sameTokensAndComments(String a, String b) {
        List<SqlToken> left = nonWhitespace(a);
        List<SqlToken> right = nonWhitespace(b);
        if (left.size() != right.size()) {
            return false;
        }
        for (int i = 0; i < left.size(); i++) {
            SqlToken x = left.get(i);
            SqlToken y = right.get(i);
            if (x.type() != y.type() || !x.text(a).stripTrailing().equals(y.text(b).stripTrailing())) {
                return false;
            }
        }
        return true;
    }

    private List<SqlToken> nonWhitespace(String text) {
        return lexer.tokenize(text).stream().filter(token -> token.type() != SqlTokenType.WHITESPACE).toList();
    }
}
