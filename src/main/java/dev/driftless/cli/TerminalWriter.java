package dev.driftless.cli;

import java.io.PrintWriter;
import java.io.Writer;

/**
 * A PrintWriter for the terminal: everything printed goes through {@link TerminalText#escape}, so
 * no command has to remember which of its values could hold an escape sequence. The only line
 * breaks that reach the terminal are println's own; a newline inside printed text shows as
 * {@code \n}. Text that is meant to span lines (a diff, a database's multi-line message, pretty
 * JSON) goes through {@link #printLines}.
 */
final class TerminalWriter extends PrintWriter {

    TerminalWriter(Writer terminal) {
        super(terminal, true);
    }

    /** Each line of {@code text} (split at LF or CRLF) as one println; a final line break adds no empty line. */
    void printLines(String text) {
        if (text.isEmpty()) {
            return;
        }
        String[] lines = text.split("\r?\n", -1);
        int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
        synchronized (lock) {
            for (int i = 0; i < count; i++) {
                println(lines[i]);
            }
        }
    }

    // Every print, printf and append ends in one of these three; println's line separator does not
    // (PrintWriter writes it straight to the underlying writer).

    @Override
    public void write(int c) {
        writeEscaped(String.valueOf((char) c));
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        writeEscaped(new String(buffer, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) {
        writeEscaped(text.substring(offset, offset + length));
    }

    private void writeEscaped(String text) {
        String escaped = TerminalText.escape(text);
        super.write(escaped, 0, escaped.length());
    }
}
