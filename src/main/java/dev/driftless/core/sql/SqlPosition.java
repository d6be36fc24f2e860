package dev.driftless.core.sql;

/** Turns the character positions PostgreSQL reports in errors into lines and columns. */
public final class SqlPosition {

    /** A 1-based line and column; columns count characters, a line ends with {@code \n}. */
    public record LineColumn(int line, int column) {
    }

    private SqlPosition() {
    }

    /**
     * Where the character at a 1-based position lies, as PostgreSQL counts it in
     * {@code Position: N}: in characters (code points, so a surrogate pair counts once),
     * up to one past the last character for errors at the end of the input.
     *
     * @throws IllegalArgumentException if the position is before the text or more than one past its end
     */
    public static LineColumn lineColumnOf(String text, int position) {
        if (position < 1) {
            throw new IllegalArgumentException("position " + position + " is not 1-based");
        }
        int line = 1;
        int column = 1;
        int index = 0;
        for (int passed = 1; passed < position; passed++) {
            if (index >= text.length()) {
                throw new IllegalArgumentException("position " + position + " is past the end of the text");
            }
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            if (codePoint == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new LineColumn(line, column);
    }
}
