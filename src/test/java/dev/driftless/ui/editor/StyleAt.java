package dev.driftless.ui.editor;

import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;

import java.util.Collection;

/** Reads highlighter output in tests: the style classes at one offset of a text's spans. */
final class StyleAt {
    private StyleAt() {
    }

    static Collection<String> offset(StyleSpans<Collection<String>> spans, int offset) {
        int start = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            if (offset < start + span.getLength()) {
                return span.getStyle();
            }
            start += span.getLength();
        }
        throw new IndexOutOfBoundsException(offset);
    }
}
