package dev.driftless.ui.editor;

import dev.driftless.core.sql.LexResult;
import dev.driftless.core.sql.LexerState;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.core.sql.SqlLexer;
import dev.driftless.core.sql.SqlToken;
import dev.driftless.core.sql.SqlTokenType;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Turns SQL into CSS style classes for a code area, one paragraph (line) at a time. It remembers
 * the lexer state at the start of every paragraph, so after an edit it re-lexes only from the
 * edited paragraph until a paragraph starts in the state it started in before: typing in a
 * megabyte-long file restyles a few lines. Needs no scene; the spans are plain values.
 */
public final class SqlHighlighter {

    /** Characters of one line that get highlighted; the rest of a longer line stays plain. */
    public static final int MAX_HIGHLIGHTED_LINE = 20_000;

    private static final Collection<String> PLAIN = Collections.emptyList();
    // One instance per style: a highlighted megabyte has hundreds of thousands of spans.
    private static final Collection<String> KEYWORD = List.of("keyword");
    private static final Collection<String> QUOTED_IDENTIFIER = List.of("quoted-identifier");
    private static final Collection<String> STRING = List.of("string");
    private static final Collection<String> DOLLAR_STRING = List.of("dollar-string");
    private static final Collection<String> NUMBER = List.of("number");
    private static final Collection<String> COMMENT = List.of("comment");
    private static final Collection<String> OPERATOR = List.of("operator");
    private static final Collection<String> PUNCTUATION = List.of("punctuation");
    private static final Collection<String> PARAMETER = List.of("parameter");
    private static final Collection<String> ERROR = List.of("error");

    private final SqlLexer lexer;
    /** The lexer state at the start of each paragraph of the text last seen. */
    private final List<LexerState> paragraphStarts = new ArrayList<>();

    public SqlHighlighter(SqlDialect dialect) {
        this.lexer = new SqlLexer(dialect);
    }

    /** The spans for paragraphs {@code [firstParagraph, firstParagraph + paragraphCount)}, line breaks included between them. */
    public record Restyle(int firstParagraph, int paragraphCount, StyleSpans<Collection<String>> spans) {
    }

    /** The style classes of a token type; empty for text shown plain (identifiers, whitespace). */
    public static Collection<String> styleOf(SqlTokenType type) {
        return switch (type) {
            case KEYWORD -> KEYWORD;
            case QUOTED_IDENTIFIER -> QUOTED_IDENTIFIER;
            case STRING -> STRING;
            case DOLLAR_STRING -> DOLLAR_STRING;
            case NUMBER -> NUMBER;
            case LINE_COMMENT, BLOCK_COMMENT -> COMMENT;
            case OPERATOR -> OPERATOR;
            case PUNCTUATION -> PUNCTUATION;
            case PARAMETER -> PARAMETER;
            case ERROR -> ERROR;
            // An UNTERMINATED token is styled as what it is inside of (styleOfOpen), not here.
            case UNTERMINATED, IDENTIFIER, WHITESPACE -> PLAIN;
        };
    }

    /** Highlights a whole text, forgetting any earlier one. */
    public StyleSpans<Collection<String>> highlight(String text) {
        return highlightAll(Arrays.asList(text.split("\n", -1))).spans();
    }

    /** Highlights every paragraph, forgetting any earlier text. */
    public Restyle highlightAll(List<String> paragraphs) {
        paragraphStarts.clear();
        paragraphStarts.add(LexerState.NORMAL);
        paragraphStarts.addAll(Collections.nCopies(paragraphs.size() - 1, null));
        return restyleFrom(paragraphs, 0, 0);
    }

    /**
     * Highlights a whole text, forgetting any earlier one, into a styled document for a code area whose
     * paragraph style and segment operations are given. Pure, like the rest: it may run off the FX thread
     * on a highlighter no one else uses, so that the area only has to take the finished document.
     */
    public ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> highlightDocument(
            String text, Collection<String> paragraphStyle, SegmentOps<String, Collection<String>> segments) {
        String[] lines = text.split("\n", -1);
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> document =
                new ReadOnlyStyledDocumentBuilder<>(segments, paragraphStyle, lines.length);
        paragraphStarts.clear();
        LexerState state = LexerState.NORMAL;
        int lineStart = 0;
        for (String line : lines) {
            paragraphStarts.add(state);
            StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
            // Lexed in place in the whole text, which has the line break after the line (or its real end).
            state = addParagraph(spans, text, lineStart, lineStart + line.length(), state);
            document.addParagraph(line, spans.create());
            lineStart += line.length() + 1;
        }
        return document.build();
    }

    /**
     * Restyles after an edit that, starting in paragraph {@code firstParagraph}, removed
     * {@code removedBreaks} line breaks and inserted {@code insertedBreaks}: paragraphs
     * {@code first..first+removedBreaks} of the old text are now {@code first..first+insertedBreaks}.
     * The result covers the edited paragraphs and any after them whose start state changed.
     */
    public Restyle restyleAfterEdit(List<String> paragraphs, int firstParagraph, int removedBreaks, int insertedBreaks) {
        if (firstParagraph + removedBreaks >= paragraphStarts.size()) {
            return highlightAll(paragraphs); // the edit does not fit what we saw: start over
        }
        paragraphStarts.subList(firstParagraph + 1, firstParagraph + 1 + removedBreaks).clear();
        paragraphStarts.addAll(firstParagraph + 1, Collections.nCopies(insertedBreaks, null));
        if (paragraphStarts.size() != paragraphs.size()) {
            return highlightAll(paragraphs);
        }
        return restyleFrom(paragraphs, firstParagraph, firstParagraph + insertedBreaks);
    }

    /** Lexes from {@code first}, at least through {@code lastEdited}, then until a start state is unchanged. */
    private Restyle restyleFrom(List<String> paragraphs, int first, int lastEdited) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        LexerState state = paragraphStarts.get(first);
        int paragraph = first;
        while (true) {
            boolean last = paragraph == paragraphs.size() - 1;
            state = addParagraph(spans, paragraphs.get(paragraph), last, state);
            paragraph++;
            if (last || paragraph > lastEdited && state.equals(paragraphStarts.get(paragraph))) {
                break;
            }
            paragraphStarts.set(paragraph, state);
            spans.add(PLAIN, 1); // the line break
        }
        return new Restyle(first, paragraph - first, spans.create());
    }

    /** Adds the spans of one paragraph and returns the state at its end. */
    private LexerState addParagraph(StyleSpansBuilder<Collection<String>> spans, String line, boolean last,
                                    LexerState start) {
        // Lexed with a line break after it (outside the range), so that only the text's real end
        // makes a still-open string or comment UNTERMINATED.
        return addParagraph(spans, last ? line : line + "\n", 0, line.length(), start);
    }

    /**
     * Adds the spans of the paragraph {@code text[lineStart, lineEnd)}, which is followed in {@code text} by
     * its line break unless it is the text's last, and returns the state at its end.
     */
    private LexerState addParagraph(StyleSpansBuilder<Collection<String>> spans, String text, int lineStart,
                                    int lineEnd, LexerState start) {
        LexResult result = lexer.tokenize(text, lineStart, lineEnd, start);
        int styledEnd = lineStart + MAX_HIGHLIGHTED_LINE;
        int styled = 0;
        for (SqlToken token : result.tokens()) {
            if (styled >= MAX_HIGHLIGHTED_LINE) {
                break;
            }
            int length = Math.min(token.end(), styledEnd) - token.start();
            Collection<String> style = token.type() == SqlTokenType.UNTERMINATED
                    ? styleOfOpen(result.endState()) : styleOf(token.type());
            spans.add(style, length);
            styled += length;
        }
        int lineLength = lineEnd - lineStart;
        if (styled < lineLength) {
            spans.add(PLAIN, lineLength - styled);
        }
        if (lineLength == 0) {
            spans.add(PLAIN, 0); // a builder needs at least one span
        }
        return result.endState();
    }

    /** The style of a string or comment still open at the end of the text: the same as a closed one. */
    private static Collection<String> styleOfOpen(LexerState state) {
        return switch (state.kind()) {
            case BLOCK_COMMENT -> styleOf(SqlTokenType.BLOCK_COMMENT);
            case DOLLAR_STRING -> styleOf(SqlTokenType.DOLLAR_STRING);
            case STRING, ESCAPE_STRING -> styleOf(SqlTokenType.STRING);
            case QUOTED_IDENTIFIER, BACKTICK_IDENTIFIER, BRACKET_IDENTIFIER -> styleOf(SqlTokenType.QUOTED_IDENTIFIER);
            case NORMAL -> PLAIN;
        };
    }
}
