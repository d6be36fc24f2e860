package dev.driftless.ui.log;

import java.time.LocalTime;

/** One line of the log console: when, what, and whether it went well. */
public record LogEntry(LocalTime time, Level level, String message) {

    /** How the console colours a line. */
    public enum Level { INFO, SUCCESS, WARNING, ERROR }

    /** The line as copied to the clipboard. */
    public String asText() {
        return time.withNano(0) + "  " + level + "  " + message;
    }
}
