package dev.driftless.cli;

/**
 * Text made safe for a terminal: characters that would steer it rather than be shown (escape
 * sequences that retitle or recolour it, a carriage return that overwrites a line, a newline that
 * fakes one, bidirectional overrides that reorder what is read) are written as visible escapes.
 * File names, descriptions and database messages can hold any of them.
 * <p>
 * The escapes: {@code \n}, {@code \r}, {@code \e} (ESC) and <code>&#92;u{hex}</code> for the rest
 * (as Rust writes them), e.g. <code>&#92;u{7}</code> for BEL and <code>&#92;u{202e}</code> for
 * RIGHT-TO-LEFT OVERRIDE. Escaped are C0 controls
 * except TAB (SQL is indented with it), DEL, C1 controls, the bidirectional embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) and the Unicode line and paragraph separators. A
 * backslash is left as it is, so Windows paths read normally; the escapes are for reading, not
 * for reversing.
 */
final class TerminalText {
    private TerminalText() {
    }

    static String escape(String text) {
        int first = firstUnsafe(text);
        if (first < 0) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                escaped.append(c);
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c == '\u001b') {
                escaped.append("\\e");
            } else {
                escaped.append("\\u{").append(Integer.toHexString(c)).append('}');
            }
        }
        return escaped.toString();
    }

    static boolean isUnsafe(char c) {
        return (c < 0x20 && c != '\t')
                || (c >= 0x7f && c <= 0x9f)
                || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029;
    }

    private static int firstUnsafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
