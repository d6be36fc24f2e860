package dev.driftless.ui.editor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the find / replace bar searches for and replaces with, and the searching itself over a
 * plain text: literal matches, optionally case-sensitive, wrapping around the ends; and how many
 * there are ("3 of 12").
 */
public final class FindReplaceViewModel {
    private final StringProperty query = new SimpleStringProperty("");
    private final StringProperty replacement = new SimpleStringProperty("");
    private final BooleanProperty matchCase = new SimpleBooleanProperty();

    /** A found occurrence, {@code [start, end)}. */
    public record Match(int start, int end) {
    }

    /** Every match in the text, in order; none for an empty query. */
    public List<Match> all(String text) {
        List<Match> matches = new ArrayList<>();
        if (!query.get().isEmpty()) {
            Matcher matcher = pattern().matcher(text);
            while (matcher.find()) {
                matches.add(new Match(matcher.start(), matcher.end()));
            }
        }
        return matches;
    }

    /**
     * What the bar says of the matches: "3 of 12" while the third of twelve is the current one, "12 matches"
     * before one is, "No matches"; nothing while there is no query.
     *
     * @param current the index of the current match among them, or -1
     */
    public String count(List<Match> matches, int current) {
        if (query.get().isEmpty()) {
            return "";
        }
        if (matches.isEmpty()) {
            return "No matches";
        }
        if (current >= 0) {
            return (current + 1) + " of " + matches.size();
        }
        return matches.size() == 1 ? "1 match" : matches.size() + " matches";
    }

    /** The first match at or after {@code from}, else the first in the text. */
    public Optional<Match> next(String text, int from) {
        if (query.get().isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = pattern().matcher(text);
        if (matcher.find(Math.min(Math.max(from, 0), text.length())) || matcher.find(0)) {
            return Optional.of(new Match(matcher.start(), matcher.end()));
        }
        return Optional.empty();
    }

    /** The last match ending at or before {@code before}, else the last in the text. */
    public Optional<Match> previous(String text, int before) {
        if (query.get().isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = pattern().matcher(text);
        Match lastBefore = null;
        Match last = null;
        while (matcher.find()) {
            last = new Match(matcher.start(), matcher.end());
            if (last.end() <= before) {
                lastBefore = last;
            }
        }
        return Optional.ofNullable(lastBefore != null ? lastBefore : last);
    }

    /** Whether the candidate (the selection) is exactly one match, so that "replace" may replace it. */
    public boolean matches(String candidate) {
        return !query.get().isEmpty() && pattern().matcher(candidate).matches();
    }

    /** The text with every match replaced; the text itself when there is nothing to find. */
    public String replaceAll(String text) {
        if (query.get().isEmpty()) {
            return text;
        }
        return pattern().matcher(text).replaceAll(Matcher.quoteReplacement(replacement.get()));
    }

    private Pattern pattern() {
        int flags = Pattern.LITERAL | (matchCase.get() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return Pattern.compile(query.get(), flags);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }
}
