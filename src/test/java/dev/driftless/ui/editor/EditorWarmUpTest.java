package dev.driftless.ui.editor;

import dev.driftless.core.sql.SqlDialect;
import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EditorWarmUpTest {

    @Test
    void theSampleHasTheLinesAskedForAndEveryKindOfTokenAMigrationHas() {
        String sample = EditorWarmUp.sample(100);
        assertThat(sample.lines()).hasSize(100);
        Set<String> styles = new HashSet<>();
        for (StyleSpan<Collection<String>> span : new SqlHighlighter(SqlDialect.POSTGRESQL).highlight(sample)) {
            styles.addAll(span.getStyle());
        }
        // The warm-up is only as good as the code paths its text takes.
        assertThat(styles).contains("keyword", "string", "dollar-string", "number", "comment", "quoted-identifier",
                "punctuation", "operator");
    }
}
