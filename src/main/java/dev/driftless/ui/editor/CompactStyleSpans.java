package dev.driftless.ui.editor;

import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.TwoDimensional;
import org.fxmisc.richtext.model.TwoLevelNavigator;

import java.util.Arrays;
import java.util.List;

/**
 * The styles of one line held compactly: a style number and an end offset per span, from a small table of styles
 * shared by every line. RichTextFX's own {@code StyleSpans} keep an object per span and seven more per line (the
 * spans object, a list, its view and array, two lambdas, a navigator). A large migration has millions of spans;
 * held this way its document takes far less heap, which the young collections then do not copy while it is
 * built (ADR 0014 and docs/benchmarks-window.md have the figures). {@link StyleSpan}s are made when asked for. Immutable, like every
 * {@code StyleSpans}: an edited line gets RichTextFX's own spans from the default methods ({@code subView},
 * {@code concat}).
 *
 * @param <S> the style type
 */
final class CompactStyleSpans<S> implements StyleSpans<S> {
    private final List<S> styleTable;
    private final byte[] styles;
    private final int[] ends;
    /** Made on first use: most lines are only drawn, never navigated. */
    private TwoLevelNavigator navigator;

    private CompactStyleSpans(List<S> styleTable, byte[] styles, int[] ends) {
        this.styleTable = styleTable;
        this.styles = styles;
        this.ends = ends;
    }

    @Override
    public int length() {
        return ends[ends.length - 1];
    }

    @Override
    public int getSpanCount() {
        return ends.length;
    }

    @Override
    public StyleSpan<S> getStyleSpan(int index) {
        return new StyleSpan<>(styleTable.get(styles[index]), spanLength(index));
    }

    @Override
    public IndexRange getStyleRange(int position) {
        int index = offsetToPosition(position, Bias.Backward).getMajor();
        return new IndexRange(start(index), ends[index]);
    }

    @Override
    public Position position(int major, int minor) {
        return navigator().position(major, minor);
    }

    @Override
    public Position offsetToPosition(int offset, Bias bias) {
        return navigator().offsetToPosition(offset, bias);
    }

    private TwoDimensional navigator() {
        if (navigator == null) {
            navigator = new TwoLevelNavigator(this::getSpanCount, this::spanLength);
        }
        return navigator;
    }

    private int start(int index) {
        return index == 0 ? 0 : ends[index - 1];
    }

    private int spanLength(int index) {
        return ends[index] - start(index);
    }

    /** Equal to any {@code StyleSpans} with equal spans, as RichTextFX's own are. */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof StyleSpans<?> that) || that.getSpanCount() != getSpanCount()) {
            return false;
        }
        for (int i = 0; i < ends.length; i++) {
            if (!getStyleSpan(i).equals(that.getStyleSpan(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int result = 1;
        for (int i = 0; i < ends.length; i++) {
            result = 31 * result + getStyleSpan(i).hashCode();
        }
        return result;
    }

    @Override
    public String toString() {
        return "CompactStyleSpans(length=" + length() + " spanCount=" + getSpanCount() + ")";
    }

    /**
     * Collects spans the way RichTextFX's {@code StyleSpansBuilder} does (a zero-length span only as the first and
     * until a longer one comes; a span of the previous span's style merged into it), for one line after another.
     */
    static final class Builder<S> {
        private final List<S> styleTable;
        private byte[] styles = new byte[16];
        private int[] ends = new int[16];
        private int count;

        /** @param styleTable every style the spans may have (at most 128), compared by identity */
        Builder(List<S> styleTable) {
            if (styleTable.size() > Byte.MAX_VALUE + 1) {
                throw new IllegalArgumentException("at most 128 styles, not " + styleTable.size());
            }
            this.styleTable = List.copyOf(styleTable);
        }

        void add(S style, int length) {
            byte number = numberOf(style);
            if (count == 0) {
                append(number, length);
            } else if (count == 1 && ends[0] == 0 && length > 0) {
                count = 0; // a zero-length first span gives way to the first real one
                append(number, length);
            } else if (length > 0) {
                if (styles[count - 1] == number) {
                    ends[count - 1] += length;
                } else {
                    append(number, ends[count - 1] + length);
                }
            }
        }

        /** The spans added since the last {@code create} (at least one), after which the builder starts empty. */
        CompactStyleSpans<S> create() {
            if (count == 0) {
                throw new IllegalStateException("no spans have been added");
            }
            CompactStyleSpans<S> spans = new CompactStyleSpans<>(styleTable, Arrays.copyOf(styles, count),
                    Arrays.copyOf(ends, count));
            count = 0;
            return spans;
        }

        private void append(byte number, int end) {
            if (count == ends.length) {
                styles = Arrays.copyOf(styles, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            styles[count] = number;
            ends[count] = end;
            count++;
        }

        private byte numberOf(S style) {
            for (int i = 0; i < styleTable.size(); i++) {
                if (styleTable.get(i) == style) {
                    return (byte) i;
                }
            }
            throw new IllegalArgumentException("a style not in the table: " + style);
        }
    }
}
