package dev.driftless.core.sql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SqlPositionTest {

    // Texts are Java-escaped: \\n is a line break.
    @ParameterizedTest(name = "{0} at {1} is {2}:{3}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            select x                  | 1  | 1 | 1
            select x                  | 8  | 1 | 8
            select x                  | 9  | 1 | 9
            select 1;\\nselect x      | 18 | 2 | 8
            a\\n\\nb                  | 4  | 3 | 1
            a\\r\\nb                  | 4  | 2 | 1
            a\\n                      | 2  | 1 | 2
            a\\n                      | 3  | 2 | 1
            select '😀', x            | 12 | 1 | 12
            ö\\n😀😀 x                | 6  | 2 | 4
            """)
    void positionBecomesLineAndColumn(String text, int position, int line, int column) {
        assertThat(SqlPosition.lineColumnOf(text.translateEscapes(), position))
                .isEqualTo(new SqlPosition.LineColumn(line, column));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 5})
    void positionOutsideTheTextIsRejected(int position) {
        assertThatIllegalArgumentException().isThrownBy(() -> SqlPosition.lineColumnOf("abc", position));
    }
}
