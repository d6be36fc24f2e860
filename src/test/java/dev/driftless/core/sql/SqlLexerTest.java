package dev.driftless.core.sql;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SqlLexerTest {

    private final SqlLexer postgres = new SqlLexer(SqlDialect.POSTGRESQL);
    private final SqlLexer sqlite = new SqlLexer(SqlDialect.SQLITE);

    // In these tables § never occurs, so quotes in the cells stay literal.
    @ParameterizedTest(name = "{0} {1} is one {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            POSTGRESQL | SELECT                  | KEYWORD
            POSTGRESQL | sElEcT                  | KEYWORD
            SQLITE     | autoincrement           | KEYWORD
            POSTGRESQL | current_timestamp       | KEYWORD
            POSTGRESQL | selec                   | IDENTIFIER
            POSTGRESQL | selects                 | IDENTIFIER
            POSTGRESQL | ınsert                  | IDENTIFIER
            POSTGRESQL | current_timestamps      | IDENTIFIER
            POSTGRESQL | users_2$x               | IDENTIFIER
            POSTGRESQL | été                     | IDENTIFIER
            POSTGRESQL | "Odd ""name"" ; -- x"   | QUOTED_IDENTIFIER
            SQLITE     | `odd``name`             | QUOTED_IDENTIFIER
            SQLITE     | [odd name]              | QUOTED_IDENTIFIER
            POSTGRESQL | 'it''s; -- /*'          | STRING
            POSTGRESQL | E'it\\'s \\\\'          | STRING
            POSTGRESQL | e'\\''                  | STRING
            POSTGRESQL | $$a; 'b' $ c$$          | DOLLAR_STRING
            POSTGRESQL | $fn$ x $$ y $f$ $fn$    | DOLLAR_STRING
            POSTGRESQL | $a$ costs $5 $a$        | DOLLAR_STRING
            POSTGRESQL | 42                      | NUMBER
            POSTGRESQL | 3.14                    | NUMBER
            POSTGRESQL | .5                      | NUMBER
            POSTGRESQL | 1e10                    | NUMBER
            POSTGRESQL | 2.5E-3                  | NUMBER
            POSTGRESQL | 0xFF                    | NUMBER
            POSTGRESQL | -- note ; 'x            | LINE_COMMENT
            POSTGRESQL | /* a /* b */ c */       | BLOCK_COMMENT
            SQLITE     | /* a /* b */            | BLOCK_COMMENT
            POSTGRESQL | ::                      | OPERATOR
            POSTGRESQL | <>                      | OPERATOR
            POSTGRESQL | ?                       | OPERATOR
            SQLITE     | >=                      | OPERATOR
            POSTGRESQL | (                       | PUNCTUATION
            POSTGRESQL | ;                       | PUNCTUATION
            POSTGRESQL | [                       | PUNCTUATION
            POSTGRESQL | $1                      | PARAMETER
            POSTGRESQL | ?1                      | PARAMETER
            SQLITE     | ?                       | PARAMETER
            SQLITE     | ?12                     | PARAMETER
            SQLITE     | :name                   | PARAMETER
            SQLITE     | @name                   | PARAMETER
            SQLITE     | $name                   | PARAMETER
            POSTGRESQL | 'never closed          | UNTERMINATED
            POSTGRESQL | E'ends in \\'           | UNTERMINATED
            POSTGRESQL | "never closed          | UNTERMINATED
            POSTGRESQL | /* a /* b */           | UNTERMINATED
            POSTGRESQL | $body$ never closed $$ | UNTERMINATED
            SQLITE     | [never closed          | UNTERMINATED
            POSTGRESQL | \\                      | ERROR
            POSTGRESQL | {                       | ERROR
            """)
    void eachTokenTypeIsRecognised(SqlDialect dialect, String sql, SqlTokenType type) {
        assertThat(new SqlLexer(dialect).tokenize(sql)).containsExactly(new SqlToken(type, 0, sql.length()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            POSTGRESQL | x::int                 | IDENTIFIER(x) OPERATOR(::) KEYWORD(int)
            POSTGRESQL | a--b                   | IDENTIFIER(a) LINE_COMMENT(--b)
            POSTGRESQL | 1+/*c*/2               | NUMBER(1) OPERATOR(+) BLOCK_COMMENT(/*c*/) NUMBER(2)
            POSTGRESQL | E'a\\'b' x             | STRING(E'a\\'b') IDENTIFIER(x)
            POSTGRESQL | 'a\\' x                | STRING('a\\') IDENTIFIER(x)
            POSTGRESQL | arr[1]                 | IDENTIFIER(arr) PUNCTUATION([) NUMBER(1) PUNCTUATION(])
            POSTGRESQL | t.col=$2               | IDENTIFIER(t) PUNCTUATION(.) IDENTIFIER(col) OPERATOR(=) PARAMETER($2)
            POSTGRESQL | $a$ $b$ $a$ $b$$b$     | DOLLAR_STRING($a$ $b$ $a$) DOLLAR_STRING($b$$b$)
            POSTGRESQL | 1ex                    | NUMBER(1) IDENTIFIER(ex)
            SQLITE     | x=?                    | IDENTIFIER(x) OPERATOR(=) PARAMETER(?)
            SQLITE     | /* a /* b */ c */      | BLOCK_COMMENT(/* a /* b */) IDENTIFIER(c) OPERATOR(*/)
            SQLITE     | E'a\\'                 | IDENTIFIER(E) STRING('a\\')
            """)
    void tokenSequences(SqlDialect dialect, String sql, String expected) {
        assertThat(describe(sql, new SqlLexer(dialect).tokenize(sql))).isEqualTo(expected);
    }

    @Test
    void nestedBlockCommentEndsOnlyWhenEveryLevelIsClosed() {
        String sql = "/* outer /* inner */ still outer */ select";

        assertThat(describe(sql, postgres.tokenize(sql)))
                .isEqualTo("BLOCK_COMMENT(/* outer /* inner */ still outer */) KEYWORD(select)");
    }

    @Test
    void dollarQuotedBodyIsOneToken() {
        String sql = """
                create function f() returns int as $body$
                  select 1; -- $$ not the end
                  select '$body'; $x$ nor this $x$
                $body$ language sql;""";

        List<SqlToken> tokens = postgres.significantTokens(sql);

        assertThat(tokens).extracting(SqlToken::type).contains(SqlTokenType.DOLLAR_STRING);
        SqlToken body = tokens.stream().filter(t -> t.type() == SqlTokenType.DOLLAR_STRING).findFirst().orElseThrow();
        assertThat(body.text(sql)).startsWith("$body$\n").endsWith("$x$\n$body$");
    }

    @Test
    void unterminatedStringRunsToTheEnd() {
        String sql = "select 'abc;\nselect 2;";

        List<SqlToken> tokens = postgres.tokenize(sql);

        assertThat(tokens).last().isEqualTo(new SqlToken(SqlTokenType.UNTERMINATED, 7, sql.length()));
    }

    @Test
    void unterminatedCommentRunsToTheEnd() {
        String sql = "select 1; /* a /* b */\nselect 2;";

        assertThat(postgres.tokenize(sql)).last().isEqualTo(new SqlToken(SqlTokenType.UNTERMINATED, 10, sql.length()));
    }

    @Test
    void whitespaceEndsAtEachLineBreak() {
        String sql = "a \n\n  b";

        assertThat(postgres.tokenize(sql)).extracting(t -> t.text(sql))
                .containsExactly("a", " \n", "\n", "  ", "b");
    }

    @Test
    void tokensCoverTheTextWithoutGaps() {
        for (String script : SampleScripts.ALL) {
            List<SqlToken> tokens = postgres.tokenize(script);
            assertThat(tokens.stream().map(t -> t.text(script)).collect(Collectors.joining())).isEqualTo(script);
        }
    }

    @Test
    void rangeCutInsideACommentReportsTheContinuation() {
        String sql = "a /* x /* y\nz */ w\n*/ b";
        int secondLine = sql.indexOf('\n') + 1;

        LexResult first = postgres.tokenize(sql, 0, secondLine, LexerState.NORMAL);
        LexResult rest = postgres.tokenize(sql, secondLine, sql.length(), first.endState());

        assertThat(first.endState()).isEqualTo(LexerState.inBlockComment(2));
        assertThat(first.tokens()).last().isEqualTo(new SqlToken(SqlTokenType.BLOCK_COMMENT, 2, secondLine));
        assertThat(rest.endState()).isEqualTo(LexerState.NORMAL);
        assertThat(describe(sql, rest.tokens())).isEqualTo("BLOCK_COMMENT(z */ w\n*/) IDENTIFIER(b)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            $fn$ select 1;\\n$fn$     | DOLLAR_STRING     | fn
            $$ select 1;\\n$$         | DOLLAR_STRING     |
            'a\\nb'                   | STRING            |
            E'a\\nb'                 | ESCAPE_STRING     |
            "a\\nb"                   | QUOTED_IDENTIFIER |
            """)
    void rangeCutInsideAQuoteReportsItsKind(String text, LexerState.Kind kind, String tag) {
        String sql = text.translateEscapes();

        LexResult first = postgres.tokenize(sql, 0, sql.indexOf('\n') + 1, LexerState.NORMAL);

        LexerState expected = kind == LexerState.Kind.DOLLAR_STRING
                ? LexerState.inDollarQuote(tag == null ? "" : tag) : LexerState.inQuote(kind);
        assertThat(first.endState()).isEqualTo(expected);
    }

    @Test
    void sqliteBracketAndBacktickQuotesContinueAcrossLines() {
        String sql = "[a\nb] `c\nd`";

        LexResult first = sqlite.tokenize(sql, 0, 3, LexerState.NORMAL);
        LexResult second = sqlite.tokenize(sql, 3, 9, first.endState());

        assertThat(first.endState()).isEqualTo(LexerState.inQuote(LexerState.Kind.BRACKET_IDENTIFIER));
        assertThat(second.endState()).isEqualTo(LexerState.inQuote(LexerState.Kind.BACKTICK_IDENTIFIER));
    }

    @Test
    void emptyRangeKeepsTheState() {
        LexerState inside = LexerState.inDollarQuote("x");

        LexResult result = postgres.tokenize("abc", 1, 1, inside);

        assertThat(result.tokens()).isEmpty();
        assertThat(result.endState()).isEqualTo(inside);
    }

    @Test
    void keywordsAndWhitespaceDoNotMatterWhenComparing() {
        assertThat(postgres.sameIgnoringCommentsAndWhitespace(
                "select 1 -- one\nfrom t; /* done */", "SELECT  1\n  FROM t;")).isTrue();
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', textBlock = """
            select 1             | SELECT/* c */1         | true
            select 1             | select 1 -- trailing   | true
            select 1             | select 2               | false
            select 'a'           | select 'A'             | false
            select "A"           | select "a"             | false
            select Col           | select col             | false
            select 1             | select 1;              | false
            select 1 - -1        | select 1 --1           | false
            select 1             | select1                | false
            select $$ a $$       | select $$ a  $$        | false
            select 1             | select 1 /* open       | false
            """)
    void comparisonIgnoresOnlyCommentsAndWhitespace(String a, String b, boolean same) {
        assertThat(postgres.sameIgnoringCommentsAndWhitespace(a, b)).isEqualTo(same);
    }

    /** Tokens other than whitespace as {@code TYPE(text)}, separated by spaces. */
    static String describe(String sql, List<SqlToken> tokens) {
        return tokens.stream()
                .filter(t -> t.type() != SqlTokenType.WHITESPACE)
                .map(t -> t.type() + "(" + t.text(sql) + ")")
                .collect(Collectors.joining(" "));
    }
}
