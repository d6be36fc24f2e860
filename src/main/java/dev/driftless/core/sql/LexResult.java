package dev.driftless.core.sql;

import java.util.List;
import java.util.Objects;

/** The tokens of a lexed range and the state at its end, from which the next range continues. */
public record LexResult(List<SqlToken> tokens, LexerState endState) {

    public LexResult {
        tokens = List.copyOf(tokens);
        Objects.requireNonNull(endState, "endState");
    }
}
