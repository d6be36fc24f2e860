package dev.driftless.core.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Huge inputs lex in a loop, without deep recursion or backtracking. */
class SqlLexerLargeInputTest {

    private static final int FIVE_MB = 5 * 1024 * 1024;
    private static final int ONE_MB = 1024 * 1024;

    private final SqlLexer lexer = new SqlLexer(SqlDialect.POSTGRESQL);

    @Test
    void fiveMegabyteScriptLexes() {
        StringBuilder script = new StringBuilder(FIVE_MB + SampleScripts.POSTGRESQL_FUNCTIONS.length());
        while (script.length() < FIVE_MB) {
            script.append(SampleScripts.POSTGRESQL_FUNCTIONS);
        }

        assertThat(lexer.tokenize(script)).isNotEmpty();
    }

    @Test
    void oneMegabyteLinesLex() {
        for (String line : List.of(
                "'" + "x".repeat(ONE_MB) + "'",
                "/*" + "/* ".repeat(ONE_MB / 3),
                "$$" + "$".repeat(ONE_MB),
                "E'" + "\\'".repeat(ONE_MB / 2),
                "a".repeat(ONE_MB),
                "+".repeat(ONE_MB),
                "1".repeat(ONE_MB),
                "$a".repeat(ONE_MB / 2),
                "select 1, ".repeat(ONE_MB / 10))) {
            assertThat(lexer.tokenize(line)).isNotEmpty();
        }
    }
}
