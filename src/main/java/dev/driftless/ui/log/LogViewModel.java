package dev.driftless.ui.log;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalTime;
import java.util.stream.Collectors;

/** Every action the window performed, with time and outcome; shown by the log console. */
public final class LogViewModel {
    private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
    private final Clock clock;

    public LogViewModel(Clock clock) {
        this.clock = clock;
    }

    public ObservableList<LogEntry> entries() {
        return entries;
    }

    public void info(String message) {
        add(LogEntry.Level.INFO, message);
    }

    public void success(String message) {
        add(LogEntry.Level.SUCCESS, message);
    }

    public void warning(String message) {
        add(LogEntry.Level.WARNING, message);
    }

    public void error(String message) {
        add(LogEntry.Level.ERROR, message);
    }

    /** All lines as plain text, for the clipboard. */
    public String asText() {
        return entries.stream().map(LogEntry::asText).collect(Collectors.joining("\n"));
    }

    private void add(LogEntry.Level level, String message) {
        entries.add(new LogEntry(LocalTime.now(clock), level, message));
    }
}
