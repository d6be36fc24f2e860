package dev.driftless.core.drift;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DriftUnifiedDiffTest {
    @Test
    void showsChangedLinesWithContext() {
        assertThat(UnifiedDiff.between("a/1_x.sql", "SELECT 1;\nSELECT 2;\n", "b/1_x.sql", "SELECT 1;\nSELECT 3;\n"))
                .isEqualTo("""
                        --- a/1_x.sql
                        +++ b/1_x.sql
                        @@ -1,2 +1,2 @@
                         SELECT 1;
                        -SELECT 2;
                        +SELECT 3;
                        """);
    }

    @Test
    void makesCarriageReturnsByteOrderMarksAndMissingFinalNewlinesVisible() {
        assertThat(UnifiedDiff.between("a/x", "SELECT 1;\nSELECT 2;", "b/x", "\uFEFFSELECT 1;\r\nSELECT 2;"))
                .isEqualTo("""
                        --- a/x
                        +++ b/x
                        @@ -1,2 +1,2 @@
                        -SELECT 1;
                        +<BOM>SELECT 1;^M
                         SELECT 2;
                        \\ No newline at end of file
                        """);
    }

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.between("a/x", "SELECT 1;\n", "b/x", "SELECT 1;\n")).isEmpty();
    }
}
