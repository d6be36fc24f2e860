package dev.driftless.core.sql;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Lexing in line ranges, each resumed from the state the one before ended in, matches lexing the whole text. */
class SqlLexerResumeTest {

    static Stream<Arguments> scripts() {
        return Stream.of(
                Arguments.of(SqlDialect.POSTGRESQL, SampleScripts.POSTGRESQL_FUNCTIONS),
                Arguments.of(SqlDialect.POSTGRESQL, SampleScripts.POSTGRESQL_UNTERMINATED),
                Arguments.of(SqlDialect.POSTGRESQL, SampleScripts.POSTGRESQL_UNTERMINATED_DOLLAR),
                Arguments.of(SqlDialect.SQLITE, SampleScripts.SQLITE_TRIGGERS),
                Arguments.of(SqlDialect.POSTGRESQL, SampleScripts.SQLITE_TRIGGERS));
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void resumingAtAnyLineStartGivesTheSameTokens(SqlDialect dialect, String script) {
        SqlLexer lexer = new SqlLexer(dialect);
        List<SqlToken> whole = lexer.tokenize(script);
        // Not vacuous: some line starts inside a multi-line token.
        assertThat(lineStarts(script)).anyMatch(lineStart ->
                !lexer.tokenize(script, 0, lineStart, LexerState.NORMAL).endState().isNormal());

        for (int lineStart : lineStarts(script)) {
            assertThat(lexInRanges(lexer, script, List.of(lineStart)))
                    .as("resumed at offset %d", lineStart)
                    .isEqualTo(whole);
        }
    }

    @ParameterizedTest
    @MethodSource("scripts")
    void lexingLineByLineGivesTheSameTokens(SqlDialect dialect, String script) {
        SqlLexer lexer = new SqlLexer(dialect);

        assertThat(lexInRanges(lexer, script, lineStarts(script))).isEqualTo(lexer.tokenize(script));
    }

    private static List<Integer> lineStarts(String script) {
        return IntStream.range(1, script.length())
                .filter(i -> script.charAt(i - 1) == '\n')
                .boxed()
                .toList();
    }

    /**
     * Lexes the ranges between the cuts, each from the previous end state, and joins the pieces
     * of tokens that were open at a cut; a joined token has the type of its last piece.
     */
    private static List<SqlToken> lexInRanges(SqlLexer lexer, String script, List<Integer> cuts) {
        List<SqlToken> tokens = new ArrayList<>();
        LexerState state = LexerState.NORMAL;
        int from = 0;
        List<Integer> ends = new ArrayList<>(cuts);
        ends.add(script.length());
        for (int to : ends) {
            LexResult range = lexer.tokenize(script, from, to, state);
            List<SqlToken> pieces = new ArrayList<>(range.tokens());
            if (!state.isNormal() && !pieces.isEmpty()) {
                SqlToken open = tokens.remove(tokens.size() - 1);
                SqlToken rest = pieces.remove(0);
                tokens.add(new SqlToken(rest.type(), open.start(), rest.end()));
            }
            tokens.addAll(pieces);
            state = range.endState();
            from = to;
        }
        return tokens;
    }
}
