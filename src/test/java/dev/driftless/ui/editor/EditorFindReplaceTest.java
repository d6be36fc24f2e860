package dev.driftless.ui.editor;

import org.junit.jupiter.api.Test;

import java.util.List;

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
    void allMatchesAreCountedWithTheCurrentOne() {
        find.queryProperty().set("select");
        List<FindReplaceViewModel.Match> matches = find.all("SELECT a; select b; -- selected");
        assertThat(matches).containsExactly(new FindReplaceViewModel.Match(0, 6), new FindReplaceViewModel.Match(10, 16),
                new FindReplaceViewModel.Match(23, 29));
        assertThat(find.count(matches, 1)).isEqualTo("2 of 3");
        assertThat(find.count(matches, -1)).isEqualTo("3 matches");
        assertThat(find.count(matches.subList(0, 1), -1)).isEqualTo("1 match");
        assertThat(find.count(List.of(), -1)).isEqualTo("No matches");
        find.queryProperty().set("");
        assertThat(find.count(List.of(), -1)).as("nothing asked, nothing said").isEmpty();
    }

    @Test
    void anEmptyQueryFindsNothing() {
        assertThat(find.next("SELECT", 0)).isEmpty();
        assertThat(find.all("SELECT")).isEmpty();
        assertThat(find.replaceAll("SELECT")).isEqualTo("SELECT");
    }
}
