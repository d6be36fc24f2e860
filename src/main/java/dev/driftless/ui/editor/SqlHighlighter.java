package dev.driftless.ui.editor;

import dev.driftless.core.sql.LexerState;
import dev.driftless.core.sql.SqlDialect;
import dev.driftless.core.sql.SqlLexer;
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

    /** Every style above, for the compact spans of a loaded document. */
    private static final List<Collection<String>> STYLES = List.of(PLAIN, KEYWORD, QUOTED_IDENTIFIER, STRING,
            DOLLAR_STRING, NUMBER, COMMENT, OPERATOR, PUNCTUATION, PARAMETER, ERROR);

    private final SqlLexer lexer;
    private final ParagraphSpans paragraphSpans = new ParagraphSpans();
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
        // Compact spans: a large file's document is mostly its spans (ADR 0014).
        CompactStyleSpans.Builder<Collection<String>> spans = new CompactStyleSpans.Builder<>(STYLES);
        SpanSink sink = spans::add;
        paragraphStarts.clear();
        LexerState state = LexerState.NORMAL;
        int lineStart = 0;
        for (String line : lines) {
            paragraphStarts.add(state);
            // Lexed in place in the whole text, which has the line break after the line (or its real end).
            state = paragraphSpans.add(sink, text, lineStart, lineStart + line.length(), state);
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
            state = addParagraph(spans::add, paragraphs.get(paragraph), last, state);
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
    private LexerState addParagraph(SpanSink spans, String line, boolean last,
                                    LexerState start) {
        // Lexed with a line break after it (outside the range), so that only the text's real end
        // makes a still-open string or comment UNTERMINATED.
        return paragraphSpans.add(spans, last ? line : line + "\n", 0, line.length(), start);
    }

    /**
     * Turns a paragraph's tokens into spans as the lexer finds them, without a list of tokens in between (a
     * large file has millions of tokens). One per highlighter, reused for every paragraph.
     */
    private final class ParagraphSpans implements SqlLexer.TokenSink {
        private SpanSink spans;
        /** Where highlighting stops: the rest of a longer line stays plain. */
        private int styledEnd;
        private int styledTo;
        /** Where an UNTERMINATED token (always the last) starts: styled once the end state is known. */
        private int unterminatedStart;

        /**
         * Adds the spans of the paragraph {@code text[lineStart, lineEnd)}, which is followed in {@code text} by
         * its line break unless it is the text's last, and returns the state at its end.
         */
        LexerState add(SpanSink spans, String text, int lineStart, int lineEnd, LexerState start) {
            this.spans = spans;
            styledEnd = lineStart + MAX_HIGHLIGHTED_LINE;
            styledTo = lineStart;
            unterminatedStart = -1;
            LexerState end = lexer.scan(text, lineStart, lineEnd, start, this);
            if (unterminatedStart >= 0) {
                addUpTo(styleOfOpen(end), unterminatedStart, lineEnd);
            }
            if (styledTo < lineEnd) {
                spans.add(PLAIN, lineEnd - styledTo);
            }
            if (lineEnd == lineStart) {
                spans.add(PLAIN, 0); // a builder needs at least one span
            }
            return end;
        }

        @Override
        public void token(SqlTokenType type, int start, int end) {
            if (start >= styledEnd) {
                return;
            }
            if (type == SqlTokenType.UNTERMINATED) {
                unterminatedStart = start;
            } else {
                addUpTo(styleOf(type), start, end);
            }
        }

        private void addUpTo(Collection<String> style, int start, int end) {
            styledTo = Math.min(end, styledEnd);
            spans.add(style, styledTo - start);
        }
    }

    /** Where the spans of a paragraph go: RichTextFX's builder for a restyle, compact spans for a whole document. */
    @FunctionalInterface
    private interface SpanSink {
        void add(Collection<String> style, int length);
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
