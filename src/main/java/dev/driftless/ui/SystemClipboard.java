package dev.driftless.ui;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/** Puts plain text on the desktop's clipboard: the log's Copy button, the ledger's "Copy checksum". */
public final class SystemClipboard {
    private SystemClipboard() {
    }

    /** Replaces the clipboard's content with {@code text}; call on the FX thread. */
    public static void putText(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
