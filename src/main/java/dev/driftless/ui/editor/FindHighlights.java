package dev.driftless.ui.editor;

import dev.driftless.ui.editor.FindReplaceViewModel.Match;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.fxmisc.richtext.model.TwoDimensional.Position;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Marks the find bar's matches in the editor's text: every match with the style class {@value #MATCH}, the
 * current one also with {@value #CURRENT} (sql-editor.css colours them). The classes are added to the syntax
 * styles of the lines holding matches, and taken off those lines again; the lines are remembered by index, so
 * an edit tells which of them moved.
 */
final class FindHighlights {
    static final String MATCH = "find-match";
    static final String CURRENT = "find-current";
    /** At most this many matches around the current one are marked: each marked line is restyled. */
    static final int MOST_SHOWN = 1_000;
    private static final Set<String> FIND_CLASSES = Set.of(MATCH, CURRENT);

    private final CodeArea area;
    private final Set<Integer> markedLines = new TreeSet<>();

    FindHighlights(CodeArea area) {
        this.area = area;
    }

    /** Marks the matches (those nearest the current one when there are very many) instead of the previous ones. */
    void show(List<Match> matches, int current) {
        clear();
        int from = Math.max(0, Math.min(current - MOST_SHOWN / 2, matches.size() - MOST_SHOWN));
        int to = Math.min(matches.size(), from + MOST_SHOWN);
        Map<Integer, List<Marked>> byLine = new LinkedHashMap<>();
        for (int index = from; index < to; index++) {
            Match match = matches.get(index);
            Position start = area.offsetToPosition(match.start(), Bias.Forward);
            // A match stays on its line: the find field holds a single line.
            int end = Math.min(start.getMinor() + match.end() - match.start(), area.getParagraphLength(start.getMajor()));
            byLine.computeIfAbsent(start.getMajor(), line -> new ArrayList<>())
                    .add(new Marked(start.getMinor(), end, index == current));
        }
        byLine.forEach(this::mark);
    }

    /** Takes the marks off every line that has them. */
    void clear() {
        for (int line : markedLines) {
            if (line < area.getParagraphs().size()) {
                StyleSpans<Collection<String>> spans = area.getStyleSpans(line);
                if (spans.stream().anyMatch(span -> span.getStyle().stream().anyMatch(FIND_CLASSES::contains))) {
                    area.setStyleSpans(line, 0, spans.mapStyles(FindHighlights::withoutMarks));
                }
            }
        }
        markedLines.clear();
    }

    /** Forgets the marked lines after the whole text was replaced (with its own styles). */
    void forget() {
        markedLines.clear();
    }

    /** Follows an edit at a line that removed and inserted line breaks: the marked lines after it moved. */
    void edited(int line, int removedBreaks, int insertedBreaks) {
        List<Integer> moved = new ArrayList<>();
        for (int marked : markedLines) {
            if (marked <= line) {
                moved.add(marked);
            } else if (marked > line + removedBreaks) {
                moved.add(marked - removedBreaks + insertedBreaks);
            } // a line joined to the edited one: the edited line's new styles replaced its own
        }
        markedLines.clear();
        markedLines.addAll(moved);
    }

    private void mark(int line, List<Marked> marks) {
        StyleSpansBuilder<Collection<String>> added = new StyleSpansBuilder<>();
        int at = 0;
        for (Marked mark : marks) {
            addSpan(added, Collections.emptyList(), mark.start() - at);
            addSpan(added, mark.current() ? List.of(MATCH, CURRENT) : List.of(MATCH), mark.end() - mark.start());
            at = mark.end();
        }
        addSpan(added, Collections.emptyList(), area.getParagraphLength(line) - at);
        area.setStyleSpans(line, 0, area.getStyleSpans(line).overlay(added.create(), (style, mark) -> {
            if (mark.isEmpty()) {
                return style;
            }
            Set<String> both = new HashSet<>(withoutMarks(style));
            both.addAll(mark);
            return List.copyOf(both);
        }));
        markedLines.add(line);
    }

    private static void addSpan(StyleSpansBuilder<Collection<String>> spans, Collection<String> style, int length) {
        if (length > 0) {
            spans.add(style, length);
        }
    }

    private static Collection<String> withoutMarks(Collection<String> style) {
        return style.stream().anyMatch(FIND_CLASSES::contains)
                ? style.stream().filter(name -> !FIND_CLASSES.contains(name)).toList() : style;
    }

    /** A match's columns on its line. */
    private record Marked(int start, int end, boolean current) {
    }
}
