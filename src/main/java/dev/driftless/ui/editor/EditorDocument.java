package dev.driftless.ui.editor;

import dev.driftless.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A SQL file as it was last read from or written to disk: its text with {@code \n} line breaks
 * (what the editor shows), and the line-ending style and byte order mark to write it back with,
 * so that saving an unchanged text gives the same bytes and the same sqlx checksum.
 * Reading and writing block: call them through the background executor.
 */
public final class EditorDocument {

    /** How lines end in the file; detected from its first line break. */
    public enum LineEnding {
        LF("\n"), CRLF("\r\n");

        private final String separator;

        LineEnding(String separator) {
            this.separator = separator;
        }

        public String separator() {
            return separator;
        }
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    private final Path path;
    private final byte[] bytes;
    private final String text;
    private final LineEnding lineEnding;
    private final boolean bom;

    private EditorDocument(Path path, byte[] bytes, String text, LineEnding lineEnding, boolean bom) {
        this.path = path;
        this.bytes = bytes;
        this.text = text;
        this.lineEnding = lineEnding;
        this.bom = bom;
    }

    /** Reads a file; fails if it is not UTF-8 (sqlx reads migrations as UTF-8 too). */
    public static EditorDocument read(Path path) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        boolean bom = startsWithBom(bytes);
        int offset = bom ? UTF8_BOM.length : 0;
        // The String constructor has a fast path for ASCII that a decoder lacks (docs/benchmarks-window.md), but
        // it replaces malformed bytes with U+FFFD. Only when that character
        // shows up (never in an ASCII-only text) is the text decoded again, strictly, to tell a U+FFFD written
        // in the file from bad bytes.
        String raw = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
        if (raw.indexOf(REPLACEMENT_CHARACTER) >= 0) {
            raw = decodeStrictly(path, bytes, offset);
        }
        int firstBreak = raw.indexOf('\n');
        LineEnding ending = firstBreak > 0 && raw.charAt(firstBreak - 1) == '\r' ? LineEnding.CRLF : LineEnding.LF;
        String text = ending == LineEnding.CRLF ? raw.replace("\r\n", "\n") : raw;
        return new EditorDocument(path, bytes, text, ending, bom);
    }

    /**
     * Writes {@code newText} (with {@code \n} breaks) in this file's line-ending style and BOM,
     * atomically: readers see the old file or the new one, never half of it.
     *
     * @return the document as now on disk
     */
    public EditorDocument write(String newText) throws IOException {
        String raw = lineEnding == LineEnding.LF ? newText : newText.replace("\n", lineEnding.separator());
        byte[] encoded = raw.getBytes(StandardCharsets.UTF_8);
        byte[] newBytes = bom ? concat(UTF8_BOM, encoded) : encoded;
        AtomicFiles.write(path, newBytes);
        return new EditorDocument(path, newBytes, newText, lineEnding, bom);
    }

    /** Whether the file on disk still has exactly the bytes this document was read or written with. */
    public boolean isCurrentOnDisk() throws IOException {
        return Arrays.equals(bytes, Files.readAllBytes(path));
    }

    public Path path() {
        return path;
    }

    /** The text with {@code \n} line breaks and without the BOM. */
    public String text() {
        return text;
    }

    public LineEnding lineEnding() {
        return lineEnding;
    }

    public boolean hasBom() {
        return bom;
    }

    private static String decodeStrictly(Path path, byte[] bytes, int offset) throws IOException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException(path.getFileName() + " is not UTF-8 text", e);
        }
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= UTF8_BOM.length
                && Arrays.equals(bytes, 0, UTF8_BOM.length, UTF8_BOM, 0, UTF8_BOM.length);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
