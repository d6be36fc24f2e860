package dev.driftless.db;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The text rules both kinds of database URL share: percent-coding, as sqlx's URL parser applies it, and errors. */
final class UrlText {
    private UrlText() {
    }

    /** {@code shownUrl} must already be masked (SQLite URLs hold no password). */
    static IllegalArgumentException invalid(String shownUrl, String problem) {
        return new IllegalArgumentException("database URL " + shownUrl + " " + problem);
    }

    static String decode(String text, String shownUrl, String what) {
        String decoded = percentDecode(text, false);
        if (decoded == null) {
            throw invalid(shownUrl, "has an invalid percent-encoding in the " + what);
        }
        return decoded;
    }

    static String formDecode(String text, String shownUrl) {
        String decoded = percentDecode(text, true);
        if (decoded == null) {
            throw invalid(shownUrl, "has an invalid percent-encoding in its query");
        }
        return decoded;
    }

    /** Lenient form decoding for already-validated query keys. */
    static String formDecode(String text) {
        String decoded = percentDecode(text, true);
        return decoded == null ? text : decoded;
    }

    /** Decodes %XX sequences as UTF-8; null when a sequence or the resulting bytes are invalid. */
    private static String percentDecode(String text, boolean plusIsSpace) {
        if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters (so no '+' is ever read as a space). */
    static String percentEncode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return encoded.toString();
    }

    static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
