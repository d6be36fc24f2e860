package dev.driftless.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * The JSON documents of {@code --format json}, indented. Besides the controls JSON itself requires
 * escaped, every character {@link TerminalText} would escape (DEL, C1 controls, bidirectional
 * overrides...) is written as <code>&#92;uXXXX</code>: JSON printed to a terminal cannot steer it, and a
 * parser still reads the exact text.
 */
final class CliJson {
    private static final ObjectWriter WRITER = new ObjectMapper().writer()
            .with(new TerminalSafeEscapes())
            .withDefaultPrettyPrinter();

    private CliJson() {
    }

    /** Prints the document on standard output, one line at a time through the terminal writer. */
    static void print(CliContext context, Object document) throws JsonProcessingException {
        context.out().printLines(WRITER.writeValueAsString(document));
    }

    private static final class TerminalSafeEscapes extends CharacterEscapes {
        private final int[] asciiEscapes = standardAsciiEscapesForJSON();

        TerminalSafeEscapes() {
            asciiEscapes[0x7f] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return asciiEscapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch <= Character.MAX_VALUE && TerminalText.isUnsafe((char) ch)
                    ? new SerializedString(String.format("\\u%04X", ch)) : null;
        }
    }
}
