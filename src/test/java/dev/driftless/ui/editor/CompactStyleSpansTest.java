package dev.driftless.ui.editor;

import javafx.scene.control.IndexRange;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The compact spans behave as RichTextFX's own built from the same additions, in every query RichTextFX makes. */
class CompactStyleSpansTest {
    private static final List<String> TABLE = List.of("plain", "keyword", "string");

    @Test
    void randomAdditionsGiveWhatRichTextFxsBuilderGives() {
        Random random = new Random(7);
        CompactStyleSpans.Builder<String> compactBuilder = new CompactStyleSpans.Builder<>(TABLE);
        for (int round = 0; round < 500; round++) {
            StyleSpansBuilder<String> expectedBuilder = new StyleSpansBuilder<>();
            int additions = 1 + random.nextInt(8);
            for (int i = 0; i < additions; i++) {
                String style = TABLE.get(random.nextInt(TABLE.size()));
                int length = random.nextInt(4); // zero lengths too: dropped, or kept only as the first
                compactBuilder.add(style, length);
                expectedBuilder.add(style, length);
            }
            assertSame(compactBuilder.create(), expectedBuilder.create());
        }
    }

    @Test
    void aZeroLengthFirstSpanGivesWayToTheFirstLongerOneAndStaysWhenNoneComes() {
        CompactStyleSpans.Builder<String> builder = new CompactStyleSpans.Builder<>(TABLE);
        builder.add("plain", 0);
        builder.add("keyword", 0);
        StyleSpans<String> empty = builder.create();
        assertThat(empty.getSpanCount()).isEqualTo(1);
        assertThat(empty.getStyleSpan(0).getStyle()).isEqualTo("plain");
        assertThat(empty.length()).isZero();

        builder.add("plain", 0);
        builder.add("keyword", 3);
        builder.add("keyword", 2);
        StyleSpans<String> merged = builder.create();
        assertThat(merged.getSpanCount()).isEqualTo(1);
        assertThat(merged.getStyleSpan(0).getStyle()).isEqualTo("keyword");
        assertThat(merged.getStyleSpan(0).getLength()).isEqualTo(5);
    }

    @Test
    void aStyleOutsideTheTableOrNoSpanAtAllIsRefused() {
        CompactStyleSpans.Builder<String> builder = new CompactStyleSpans.Builder<>(TABLE);
        // Compared by identity: an equal string that is another object is not in the table.
        assertThatThrownBy(() -> builder.add(new String("plain"), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain");
        assertThatThrownBy(builder::create).isInstanceOf(IllegalStateException.class);
    }

    private static void assertSame(StyleSpans<String> compact, StyleSpans<String> expected) {
        assertThat(compact.getSpanCount()).isEqualTo(expected.getSpanCount());
        assertThat(compact.length()).isEqualTo(expected.length());
        for (int i = 0; i < expected.getSpanCount(); i++) {
            assertThat(compact.getStyleSpan(i)).isEqualTo(expected.getStyleSpan(i));
        }
        assertThat(compact).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(expected).isEqualTo(compact);
        for (int offset = 0; offset <= expected.length(); offset++) {
            for (TwoDimensional.Bias bias : TwoDimensional.Bias.values()) {
                TwoDimensional.Position ours = compact.offsetToPosition(offset, bias);
                TwoDimensional.Position theirs = expected.offsetToPosition(offset, bias);
                assertThat(List.of(ours.getMajor(), ours.getMinor())).as("offset %d, %s", offset, bias)
                        .isEqualTo(List.of(theirs.getMajor(), theirs.getMinor()));
            }
            IndexRange range = compact.getStyleRange(offset);
            assertThat(range).as("style range at %d", offset).isEqualTo(expected.getStyleRange(offset));
            for (int end = offset; end <= expected.length(); end++) {
                assertThat(compact.subView(offset, end)).as("subView(%d, %d)", offset, end)
                        .isEqualTo(expected.subView(offset, end));
            }
        }
        assertThat(compact.concat(expected)).isEqualTo(expected.concat(expected));
        assertThat(expected.concat(compact)).isEqualTo(expected.concat(expected));
    }
}
