package dev.driftless.ui.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditorFindReplaceTest {

    private final FindReplaceViewModel find = new FindReplaceViewModel();

    @Test
    void nextAndPreviousWrapAroundTheText() {
        find.queryProperty().set("select");
        String text = "SELECT a; select b;";
        assertThat(find.next(text, 1)).contains(new FindReplaceViewModel.Match(10, 16));
        assertThat(find.next(text, 11)).as("wraps to the start").contains(new FindReplaceViewModel.Match(0, 6));
        assertThat(find.previous(text, 10)).contains(new FindReplaceViewModel.Match(0, 6));
        assertThat(find.previous(text, 0)).as("wraps to the end").contains(new FindReplaceViewModel.Match(10, 16));
    }

    @Test
    void matchCaseFindsOnlyTheExactSpelling() {
        find.queryProperty().set("select");
        find.matchCaseProperty().set(true);
        assertThat(find.next("SELECT a; select b;", 0)).contains(new FindReplaceViewModel.Match(10, 16));
    }

    @Test
    void queriesAndReplacementsAreLiteral() {
        find.queryProperty().set("$1.");
        find.replacementProperty().set("$2\\");
        assertThat(find.replaceAll("a = $1.x OR b = $1y")).isEqualTo("a = $2\\x OR b = $1y");
        assertThat(find.matches("$1.")).isTrue();
        assertThat(find.matches("$1x")).isFalse();
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(find.next("SELECT", 0)).isEmpty();
        assertThat(find.replaceAll("SELECT")).isEqualTo("SELECT");
    }
}
