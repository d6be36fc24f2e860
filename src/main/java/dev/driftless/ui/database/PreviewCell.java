package dev.driftless.ui.database;

import dev.driftless.db.PreviewValue;

/**
 * One value of the data preview as a cell shows it: NULL as such, binary data as its length, long text cut
 * with "…" (the whole of it in the tooltip).
 *
 * @param shown what the cell shows
 * @param full  the whole value, for the tooltip; null when nothing was cut
 * @param isNull whether the value is SQL NULL (shown apart from the text "NULL")
 */
public record PreviewCell(String shown, String full, boolean isNull) {
    /** Values longer than this are cut. */
    public static final int WIDEST = 200;

    public static PreviewCell of(PreviewValue value) {
        if (value instanceof PreviewValue.Binary binary) {
            return new PreviewCell("<" + binary.length() + " bytes>", null, false);
        }
        if (value instanceof PreviewValue.Text text) {
            return text.text().length() > WIDEST
                    ? new PreviewCell(text.text().substring(0, WIDEST) + "…", text.text(), false)
                    : new PreviewCell(text.text(), null, false);
        }
        return new PreviewCell("NULL", null, true);
    }
}
