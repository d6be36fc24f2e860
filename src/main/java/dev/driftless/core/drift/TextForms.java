package dev.driftless.core.drift;

/** The invisible differences between two forms of one text: line endings and a byte-order mark. */
final class TextForms {
    static final String BOM = "\uFEFF";

    private TextForms() {
    }

    /** CRLF (and a lone CR) turned into LF. */
    static String toLf(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    static String withoutBom(String text) {
        return text.startsWith(BOM) ? text.substring(BOM.length()) : text;
    }
}
