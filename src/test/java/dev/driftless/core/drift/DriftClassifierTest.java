package dev.driftless.core.drift;

import dev.driftless.core.sql.SqlDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DriftClassifierTest {
    private final DriftClassifier classifier = new DriftClassifier(SqlDialect.POSTGRESQL);

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "SELECT 1;\\n                | SELECT 1;\\n                        | unchanged",
            "SELECT 1;\\nSELECT 2;\\n     | SELECT 1;\\r\\nSELECT 2;\\r\\n           | line-endings",
            "SELECT 1;\\n                | \\uFEFFSELECT 1;\\n                  | bom",
            "SELECT 1;\\n                | \\uFEFFSELECT 1;\\r\\n                | bom",
            "SELECT 1;\\n                | SELECT 1;                          | whitespace",
            "SELECT 1, 2;\\n             | SELECT 1,\\n       2;   \\n\\n        | whitespace",
            "SELECT 1; -- one\\n         | SELECT 1; -- one   \\n               | whitespace",
            "SELECT 1;\\n                | -- why\\nSELECT 1;\\n              | comments",
            "SELECT 1; /* a */\\n        | SELECT 1; /* b */\\n                | comments",
            "SELECT 'a b';\\n            | SELECT 'a  b';\\n                   | semantic",
            "SELECT 1;\\n                | SELECT 2;\\n                        | semantic",
            "SELECT 1;\\n                | \\uFEFF-- note\\r\\nSELECT 2;\\r\\n      | semantic",
            // -- no-transaction counts only as the very first bytes: anything put above it changes how the file runs.
            "-- no-transaction\\nSELECT 1;\\n | -- why\\n-- no-transaction\\nSELECT 1;\\n  | semantic",
            "-- no-transaction\\nSELECT 1;\\n | \\n-- no-transaction\\nSELECT 1;\\n       | semantic",
            "-- no-transaction\\nSELECT 1;\\n | \\uFEFF-- no-transaction\\nSELECT 1;\\n | semantic",
            "-- no-transaction\\nSELECT 1;\\n | \\t-- no-transaction\\nSELECT 1;\\n    | semantic",
            "-- why\\n-- no-transaction\\nSELECT 1;\\n | -- no-transaction\\nSELECT 1;\\n | semantic",
            "-- no-transaction\\nSELECT 1;\\n | -- no-transaction\\r\\nSELECT 1;\\r\\n  | line-endings",
            "-- no-transaction\\nSELECT 1;\\n | -- no-transaction\\nSELECT 1; -- why\\n | comments"})
    void classifiesTheWeightiestChange(String applied, String current, String expected) {
        DriftClassification classification = classifier.classify(unescape(applied), unescape(current));

        assertThat(classification.label()).isEqualTo(expected);
    }

    @Test
    void aChangeOfTransactionModeIsExplainedAsSuch() {
        assertThat(DriftClassifier.transactionModeChange("-- no-transaction\nSELECT 1;\n",
                "-- why\n-- no-transaction\nSELECT 1;\n")).hasValueSatisfying(explanation ->
                assertThat(explanation).contains("ran it outside a transaction").contains("would now run in one")
                        .contains("not cosmetic"));
        assertThat(DriftClassifier.transactionModeChange("-- no-transaction\nSELECT 1;\n",
                "-- no-transaction\nSELECT 2;\n")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"LINE_ENDINGS,true", "BOM,true", "WHITESPACE,true", "COMMENTS,true", "SEMANTIC,false", "UNKNOWN,false",
            "REMOVED,false"})
    void onlyChangesThatRunTheSameSqlAreCosmetic(DriftClassification classification, boolean cosmetic) {
        assertThat(classification.isCosmetic()).isEqualTo(cosmetic);
    }

    static String unescape(String text) {
        return text.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t").replace("\\uFEFF", "\uFEFF");
    }
}
