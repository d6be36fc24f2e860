package dev.driftless.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class TerminalTextTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            0x1b | \\e
            0x07 | \\u{7}
            0x00 | \\u{0}
            0x0a | \\n
            0x0d | \\r
            0x7f | \\u{7f}
            0x9b | \\u{9b}
            0x202e | \\u{202e}
            0x2066 | \\u{2066}
            0x2028 | \\u{2028}
            """)
    void controlsBecomeVisibleEscapes(String code, String escaped) {
        char c = (char) Integer.decode(code).intValue();

        assertThat(TerminalText.escape("a" + c + "b")).isEqualTo("a" + escaped + "b");
    }

    @Test
    void printableTextTabsAndBackslashesStayAsTheyAre() {
        String text = "créer\tles_tables C:\\migrations ✓ 表";

        assertThat(TerminalText.escape(text)).isSameAs(text);
    }

    @Test
    void onlyPrintlnBreaksLinesAndPrintLinesKeepsTheLinesOfAText() {
        StringWriter terminal = new StringWriter();
        TerminalWriter writer = new TerminalWriter(new PrintWriter(terminal));

        writer.println("title\u001b]0;pwned\u0007 with\na newline");
        writer.print('\r');
        writer.printf("%s%n", "\u202e");
        writer.printLines("first\r\nsecond \u001b[31mred\n");
        writer.printLines("");
        writer.flush();

        assertThat(terminal.toString()).isEqualTo("title\\e]0;pwned\\u{7} with\\na newline" + System.lineSeparator()
                + "\\r\\u{202e}\\n"
                + "first" + System.lineSeparator()
                + "second \\e[31mred" + System.lineSeparator());
    }
}
