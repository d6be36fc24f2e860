package dev.driftless.project;

import dev.driftless.core.engine.MigrateException;
import dev.driftless.core.engine.Refusal;
import dev.driftless.core.repair.FileEdit;
import dev.driftless.db.ConfigException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans adding {@code "\r"} to {@code [migrate] ignored-chars} in the project's sqlx.toml with the
 * smallest text edit, so comments, order and formatting stay as the person wrote them: a new
 * file or table when there is none, a key line right under {@code [migrate]}, or {@code "\r"}
 * appended to a one-line array. The result is parsed before anything is planned and must read
 * exactly as before plus {@code "\r"}; anything else (a multi-line array, dotted or inline
 * {@code migrate} keys) is refused with a message saying to edit the file by hand.
 */
public final class SqlxTomlEdit {
    /** The TOML line written, with a basic string holding the escape, not a raw carriage return. */
    static final String KEY_LINE = "ignored-chars = [\"\\r\"]";

    private static final Pattern MIGRATE_HEADER = Pattern.compile("\\s*\\[\\s*migrate\\s*]\\s*(#.*)?");
    private static final Pattern ANY_HEADER = Pattern.compile("\\s*\\[.*");
    private static final Pattern KEY = Pattern.compile("\\s*ignored-chars\\s*=.*");
    // Lazy: the first ] that only a comment may follow, so a "]" inside a string or a comment is not taken.
    private static final Pattern ONE_LINE_ARRAY = Pattern.compile("(\\s*ignored-chars\\s*=\\s*\\[)(.*?)(]\\s*(#.*)?)");

    private SqlxTomlEdit() {
    }

    /**
     * The edit of {@code projectDirectory/sqlx.toml} (created if absent).
     *
     * @throws MigrateException when "\r" is already ignored, the file does not parse, or the edit
     *                          cannot be made safely
     */
    public static FileEdit ignoreCarriageReturns(Path projectDirectory) throws IOException, MigrateException {
        Path file = projectDirectory.resolve(ProjectConfig.FILE_NAME);
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        String text = before == null ? "" : new String(before, StandardCharsets.UTF_8);
        ProjectConfig current = parse(projectDirectory, text, file, "it does not parse");
        if (current.ignoredChars().contains("\r")) {
            throw new MigrateException(new Refusal.NothingToChange(file, "ignores \"\\r\" when hashing"));
        }
        String after = edited(text, file);
        List<String> expected = new ArrayList<>(current.ignoredChars());
        expected.add("\r");
        ProjectConfig result = parse(projectDirectory, after, file, "the edited file would not parse");
        if (!result.equals(current.withIgnoredChars(expected))) {
            throw refusal(file, "the edited file would not read as before plus \"\\r\"");
        }
        return new FileEdit(file, before, after.getBytes(StandardCharsets.UTF_8),
                "add \"\\r\" to [migrate] ignored-chars in " + file);
    }

    private static String edited(String text, Path file) throws MigrateException {
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int header = indexOf(lines, MIGRATE_HEADER, 0, lines.size());
        if (header < 0) {
            String separator = text.isEmpty() ? "" : text.endsWith("\n") ? newline : newline + newline;
            return text + separator + "[migrate]" + newline + KEY_LINE + newline;
        }
        int end = indexOf(lines, ANY_HEADER, header + 1, lines.size());
        int key = indexOf(lines, KEY, header + 1, end < 0 ? lines.size() : end);
        if (key < 0) {
            lines.add(header + 1, KEY_LINE + (newline.equals("\r\n") ? "\r" : ""));
            return String.join("\n", lines);
        }
        String line = lines.get(key);
        boolean cr = line.endsWith("\r");
        Matcher array = ONE_LINE_ARRAY.matcher(cr ? line.substring(0, line.length() - 1) : line);
        if (!array.matches()) {
            throw refusal(file, "its ignored-chars is not a one-line array");
        }
        String elements = array.group(2).strip();
        String added = elements.isEmpty() ? "\"\\r\""
                : elements + (elements.endsWith(",") ? " " : ", ") + "\"\\r\"";
        lines.set(key, array.group(1) + added + array.group(3) + (cr ? "\r" : ""));
        return String.join("\n", lines);
    }

    private static int indexOf(List<String> lines, Pattern pattern, int from, int to) {
        for (int i = from; i < to; i++) {
            if (pattern.matcher(lines.get(i).stripTrailing()).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static ProjectConfig parse(Path projectDirectory, String text, Path file, String unparsable)
            throws MigrateException {
        try {
            return ProjectConfig.parse(projectDirectory, text);
        } catch (ConfigException e) {
            throw refusal(file, unparsable + " (" + e.getMessage() + ")");
        }
    }

    private static MigrateException refusal(Path file, String reason) {
        return new MigrateException(new Refusal.ConfigEditRefused(file, reason));
    }
}
