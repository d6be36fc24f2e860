package dev.driftless.core.drift;

import dev.driftless.core.source.Checksums;
import dev.driftless.core.source.IgnoredChars;
import dev.driftless.core.source.MigrationSourceReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DriftReconstructionTest {
    private final Reconstruction reconstruction = new Reconstruction(new MigrationSourceReader());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SELECT 1;\\nSELECT 2;\\n | SELECT 1;\\r\\nSELECT 2;\\r\\n | CRLF line endings turned into LF",
            "SELECT 1;\\r\\n           | SELECT 1;\\n                 | LF line endings turned into CRLF",
            "SELECT 1;\\n              | \\uFEFFSELECT 1;\\n          | its byte-order mark removed",
            "\\uFEFFSELECT 1;\\n       | SELECT 1;\\n                 | a byte-order mark added",
            "SELECT 1;\\n              | SELECT 1;                   | a final newline added",
            "SELECT 1;                 | SELECT 1;\\n                | its final newline removed",
            "SELECT 1;\\nSELECT 2;\\n | SELECT 1;  \\nSELECT 2;\\t\\n | trailing whitespace removed from each line",
            "SELECT 1;\\n              | \\uFEFFSELECT 1;   \\r\\n      | CRLF line endings turned into LF and trailing "
                    + "whitespace removed from each line and its byte-order mark removed"})
    void undoesCosmeticChangesUntilTheChecksumMatches(String applied, String current, String undone) {
        Optional<AppliedText> found = reconstruction.reconstruct(DriftClassifierTest.unescape(current),
                Checksums.sha384(DriftClassifierTest.unescape(applied), IgnoredChars.NONE));

        assertThat(found).get().extracting(AppliedText::text).isEqualTo(DriftClassifierTest.unescape(applied));
        assertThat(found.get().origin()).isEqualTo(AppliedText.Origin.RECONSTRUCTED);
        assertThat(found.get().originDetail()).isEqualTo("the current file with " + undone);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"SELECT 1;\\n | -- added\\nSELECT 1;\\n", "SELECT 1;\\n | SELECT 2;\\n"})
    void cannotReconstructCommentOrSqlEdits(String applied, String current) {
        assertThat(reconstruction.reconstruct(DriftClassifierTest.unescape(current),
                Checksums.sha384(DriftClassifierTest.unescape(applied), IgnoredChars.NONE))).isEmpty();
    }
}
