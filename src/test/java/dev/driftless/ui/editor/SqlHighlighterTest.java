package dev.driftless.ui.editor;

import dev.driftless.core.sql.SqlDialect;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlHighlighterTest {

    private final SqlHighlighter highlighter = new SqlHighlighter(SqlDialect.POSTGRESQL);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT 1                    | 0  | keyword
            SELECT 1                    | 7  | number
            select 'it''s'              | 9  | string
            SELECT $$ body $$           | 10 | dollar-string
            -- note                     | 3  | comment
            /* a */ SELECT              | 3  | comment
            SELECT "Name"               | 8  | quoted-identifier
            SELECT a >= b               | 9  | operator
            SELECT $1                   | 7  | parameter
            SELECT (a)                  | 7  | punctuation
            """)
    void styleClassesFollowTokenTypes(String sql, int offset, String styleClass) {
        assertThat(StyleAt.offset(highlighter.highlight(sql), offset)).containsExactly(styleClass);
    }

    @Test
    void identifiersAndWhitespaceArePlain() {
        StyleSpans<Collection<String>> spans = highlighter.highlight("SELECT name");
        assertThat(StyleAt.offset(spans, 6)).isEmpty();
        assertThat(StyleAt.offset(spans, 8)).isEmpty();
    }

    @Test
    void multiLineTokensAreStyledOnEveryLine() {
        String sql = "CREATE FUNCTION f() AS $body$\nSELECT 1;\n$body$;\n/* one\ntwo */ SELECT";
        StyleSpans<Collection<String>> spans = highlighter.highlight(sql);
        assertThat(StyleAt.offset(spans, sql.indexOf("SELECT 1"))).containsExactly("dollar-string");
        assertThat(StyleAt.offset(spans, sql.indexOf("two"))).containsExactly("comment");
        assertThat(StyleAt.offset(spans, sql.lastIndexOf("SELECT"))).containsExactly("keyword");
        assertThat(spans.length()).isEqualTo(sql.length());
    }

    @Test
    void anUnterminatedStringIsStyledAsAString() {
        String sql = "SELECT 'open\nstill open";
        assertThat(StyleAt.offset(highlighter.highlight(sql), sql.length() - 1)).containsExactly("string");
    }

    @Test
    void emptyTextHasOneEmptySpan() {
        assertThat(highlighter.highlight("").length()).isZero();
        assertThat(highlighter.highlight("\n\n").length()).isEqualTo(2);
    }

    @Test
    void veryLongLinesAreHighlightedOnlyUpToTheCap() {
        String line = "SELECT 1, ".repeat(3_000); // 30,000 characters
        String sql = line + "\nSELECT";
        StyleSpans<Collection<String>> spans = highlighter.highlight(sql);
        assertThat(spans.length()).isEqualTo(sql.length());
        assertThat(StyleAt.offset(spans, 10)).containsExactly("keyword");
        assertThat(StyleAt.offset(spans, 25_000)).isEmpty();
        assertThat(StyleAt.offset(spans, sql.length() - 1)).containsExactly("keyword");
    }

    @Test
    void typingInsideABlockCommentRestylesOnlyUntilTheStateSettles() {
        List<String> lines = lines("SELECT 1;\n/* a\nb\nc */\nSELECT 2;\nSELECT 3;");
        highlighter.highlightAll(lines);

        // Turning the comment's end into something else opens the rest of the text as comment.
        lines.set(3, "c *");
        SqlHighlighter.Restyle restyle = highlighter.restyleAfterEdit(lines, 3, 0, 0);
        assertThat(restyle.firstParagraph()).isEqualTo(3);
        assertThat(restyle.paragraphCount()).isEqualTo(3);
        assertIncrementalEqualsFull(lines, restyle);

        // Typing inside the comment changes no later state: one paragraph.
        lines.set(2, "bb");
        restyle = highlighter.restyleAfterEdit(lines, 2, 0, 0);
        assertThat(restyle.paragraphCount()).isEqualTo(1);
        assertIncrementalEqualsFull(lines, restyle);
    }

    @Test
    void insertingAndRemovingLinesInADollarQuoteMatchesAFullRestyle() {
        List<String> lines = lines("DO $$\nBEGIN\nEND\n$$;\nSELECT 'x';\nSELECT 4;");
        highlighter.highlightAll(lines);

        // Split "BEGIN" into two lines ending "$$": the quote now closes early.
        lines.set(1, "BE$$");
        lines.add(2, "GIN");
        SqlHighlighter.Restyle restyle = highlighter.restyleAfterEdit(lines, 1, 0, 1);
        assertIncrementalEqualsFull(lines, restyle);

        // Join them again.
        lines.set(1, "BEGIN");
        lines.remove(2);
        restyle = highlighter.restyleAfterEdit(lines, 1, 1, 0);
        assertIncrementalEqualsFull(lines, restyle);
    }

    @Test
    void openingAStringRestylesToTheEndAndClosingItRestoresTheRest() {
        List<String> lines = lines("SELECT 'a';\nSELECT 1;\nSELECT 2;");
        highlighter.highlightAll(lines);

        lines.set(0, "SELECT 'a;");
        SqlHighlighter.Restyle restyle = highlighter.restyleAfterEdit(lines, 0, 0, 0);
        assertThat(restyle.paragraphCount()).isEqualTo(3);
        assertIncrementalEqualsFull(lines, restyle);

        lines.set(0, "SELECT 'a';");
        restyle = highlighter.restyleAfterEdit(lines, 0, 0, 0);
        assertThat(restyle.paragraphCount()).isEqualTo(3);
        assertIncrementalEqualsFull(lines, restyle);
    }

    @Test
    void aHighlightedDocumentHasTheTextAndStylesOfAFullHighlightAndKeepsTheStatesForEdits() {
        String text = "DO $$\nBEGIN\nEND\n$$;\n/* a\nb */\nSELECT 'x';\n\nSELECT 4;";
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document =
                highlighter.highlightDocument(text, List.of(), SegmentOps.styledTextOps());
        assertThat(document.getText()).isEqualTo(text);
        StyleSpans<Collection<String>> full = new SqlHighlighter(SqlDialect.POSTGRESQL).highlight(text);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\n') {
                TwoDimensional.Position position = document.offsetToPosition(i, TwoDimensional.Bias.Forward);
                assertThat(document.getParagraph(position.getMajor()).getStyleOfChar(position.getMinor()))
                        .as("offset %d", i).isEqualTo(StyleAt.offset(full, i));
            }
        }

        List<String> lines = lines(text);
        lines.set(4, "/* a */");
        assertIncrementalEqualsFull(lines, highlighter.restyleAfterEdit(lines, 4, 0, 0));
    }

    @Test
    void aHighlightedDocumentMatchesAFullHighlightPastTheLongestHighlightedLineAndAtAnOpenEnd() {
        String text = "SELECT 1;\nSELECT '" + "x".repeat(SqlHighlighter.MAX_HIGHLIGHTED_LINE + 10) + "', 2;\n"
                + "SELECT 3;\nSELECT 'open";
        ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document =
                highlighter.highlightDocument(text, List.of(), SegmentOps.styledTextOps());
        StyleSpans<Collection<String>> full = new SqlHighlighter(SqlDialect.POSTGRESQL).highlight(text);
        int offset = 0;
        for (int paragraph = 0; paragraph < document.getParagraphs().size(); paragraph++) {
            StyleSpans<Collection<String>> spans = document.getParagraph(paragraph).getStyleSpans();
            int length = document.getParagraph(paragraph).length();
            assertThat(spans.length()).as("paragraph %d", paragraph).isEqualTo(length);
            for (int i = 0; i < length; i += 97) { // a stride over the long line; its ends are checked below
                assertThat(document.getParagraph(paragraph).getStyleOfChar(i)).as("offset %d", offset + i)
                        .isEqualTo(StyleAt.offset(full, offset + i));
            }
            for (int i : new int[] {length - 1, SqlHighlighter.MAX_HIGHLIGHTED_LINE - 1, SqlHighlighter.MAX_HIGHLIGHTED_LINE}) {
                if (i >= 0 && i < length) {
                    assertThat(document.getParagraph(paragraph).getStyleOfChar(i)).as("offset %d", offset + i)
                            .isEqualTo(StyleAt.offset(full, offset + i));
                }
            }
            offset += length + 1;
        }
        assertThat(document.getParagraph(3).getStyleOfChar(9)).containsExactly("string"); // the unterminated one
    }

    /** The restyled paragraphs get exactly the classes a fresh highlight of the whole text gives them. */
    private static void assertIncrementalEqualsFull(List<String> lines, SqlHighlighter.Restyle restyle) {
        String text = String.join("\n", lines);
        StyleSpans<Collection<String>> full = new SqlHighlighter(SqlDialect.POSTGRESQL).highlight(text);
        int offset = 0;
        for (int i = 0; i < restyle.firstParagraph(); i++) {
            offset += lines.get(i).length() + 1;
        }
        int length = restyle.spans().length();
        for (int i = 0; i < length; i++) {
            assertThat(StyleAt.offset(restyle.spans(), i)).as("offset %d", offset + i)
                    .isEqualTo(StyleAt.offset(full, offset + i));
        }
        int expectedLength = -1;
        for (int i = restyle.firstParagraph(); i < restyle.firstParagraph() + restyle.paragraphCount(); i++) {
            expectedLength += lines.get(i).length() + 1;
        }
        assertThat(length).isEqualTo(expectedLength);
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }
}
