package dev.driftless.db;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordMaskingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Unknown option: '--db=postgres://u:secret@h/db'             | Unknown option: '--db=postgres://u:****@h/db'
            'rn', '-D', 'postgres://u:secret@h/db'                      | 'rn', '-D', 'postgres://u:****@h/db'
            at postgres://u:secret@h/db and mysql://v:other@h2/x.       | at postgres://u:****@h/db and mysql://v:****@h2/x.
            was 'postgres://u@h/db?sslmode=require&password=secret'     | was 'postgres://u@h/db?sslmode=require&password=****'
            "line 1: DATABASE_URL=postgres://u:sec/ret@h/db"            | "line 1: DATABASE_URL=postgres://u:****@h/db"
            postgres://u@h:5432/db has port 5432                        | postgres://u@h:5432/db has port 5432
            "user:pass@host is not a URL, so it is left alone"          | "user:pass@host is not a URL, so it is left alone"
            """)
    void maskUrlsInHidesThePasswordOfEveryUrlLookingWord(String text, String masked) {
        assertThat(PasswordMasking.maskUrlsIn(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            postgres://u:se cret@h/db            | postgres://u:****@h/db
            postgres://u:p@ss@h/db?password=x    | postgres://u:****@h/db?password=****
            sqlite://data.db?mode=rwc            | sqlite://data.db?mode=rwc
            """)
    void maskUrlHidesEverythingBetweenTheFirstColonAndTheLastAt(String url, String masked) {
        assertThat(PasswordMasking.maskUrl(url)).isEqualTo(masked);
    }
}
