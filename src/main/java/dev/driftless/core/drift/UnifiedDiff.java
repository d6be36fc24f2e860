package dev.driftless.core.drift;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff (as {@code git diff} prints it) between two texts. Invisible differences are made
 * visible so a line-ending or BOM drift does not look like identical lines: a carriage return at
 * a line's end shows as {@code ^M}, a byte-order mark as {@code <BOM>}, and a last line without
 * newline is followed by git's {@code \ No newline at end of file}.
 */
public final class UnifiedDiff {
    private static final int CONTEXT_LINES = 3;

    private UnifiedDiff() {
    }

    /** The diff from {@code before} (named {@code beforeName}) to {@code after}; empty when they are equal. */
    public static String between(String beforeName, String before, String afterName, String after) {
        List<String> beforeLines = visibleLines(before);
        List<String> afterLines = visibleLines(after);
        List<String> diff = UnifiedDiffUtils.generateUnifiedDiff(beforeName, afterName, beforeLines,
                DiffUtils.diff(beforeLines, afterLines), CONTEXT_LINES);
        return diff.isEmpty() ? "" : String.join("\n", diff) + "\n";
    }

    /** The lines of {@code text} as the diff shows them, with {@code ^M}, {@code <BOM>} and the no-newline marker. */
    public static List<String> visibleLines(String text) {
        String shown = text.startsWith(TextForms.BOM) ? "<BOM>" + text.substring(TextForms.BOM.length()) : text;
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < shown.length()) {
            int newline = shown.indexOf('\n', start);
            if (newline < 0) {
                // Joined into the line so the marker stays right below it in the hunk, as git prints it.
                lines.add(shown.substring(start) + "\n\\ No newline at end of file");
                break;
            }
            String line = shown.substring(start, newline);
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) + "^M" : line);
            start = newline + 1;
        }
        return lines;
    }
}
